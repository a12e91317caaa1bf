import { useEffect } from "react";

/** Each page says where you are in the tab title too (WCAG 2.4.2). */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · Involvement Tracker`;
  }, [title]);
}
