import { type MouseEvent, useEffect, useId } from "react";

export type PageSection = {
  /** The id of the element the link goes to: a section, or a wrapper around one. */
  id: string;
  /** The link's words: the section's heading, or a short form of it ("Details" for "Work item details"). */
  label: string;
};

const headings = "h1, h2, h3, h4, h5, h6";

/**
 * Moves to a section as a keyboard user needs it: the page scrolls the section to the top and
 * focus lands on its heading (made focusable for this with tabindex -1), so the next Tab goes on
 * from there rather than from the link. The address gets the section's #id in place of the current
 * entry (the router's entry, kept with its state), so the address can be copied or bookmarked.
 */
function goToSection(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  const heading = target.matches(headings) ? target : target.querySelector<HTMLElement>(headings);
  const landing = heading ?? target;
  if (!landing.hasAttribute("tabindex")) landing.setAttribute("tabindex", "-1");
  target.scrollIntoView({ block: "start" });
  landing.focus({ preventScroll: true });
  window.history.replaceState(window.history.state, "", `#${id}`);
  return true;
}

/** What a person does that means they have taken over: from then on the page stays where they put it. */
const takingOver = ["wheel", "keydown", "pointerdown", "touchstart"] as const;

/**
 * Opened at an address with a section's #id (a bookmark, a link someone sent): the browser looks
 * for the section before the page has loaded what is above it, so it is scrolled to here, and again
 * as the sections above arrive and push it down, until they have settled (5 s at most) or the person
 * scrolls, clicks or types. Focus is left where the browser puts it, as for any address with a #id.
 */
function useScrollToSectionInAddress(idsKey: string) {
  useEffect(() => {
    const id = window.location.hash.slice(1);
    if (!id || !idsKey.split(" ").includes(id) || typeof ResizeObserver === "undefined") return;
    const target = document.getElementById(id);
    if (!target) return;
    const follow = () => target.scrollIntoView({ block: "start" });
    const observer = new ResizeObserver(follow);
    const stop = () => {
      observer.disconnect();
      window.clearTimeout(timer);
      for (const event of takingOver) window.removeEventListener(event, stop, true);
    };
    for (const event of takingOver) window.addEventListener(event, stop, { capture: true, passive: true });
    const timer = window.setTimeout(stop, 5_000);
    observer.observe(document.body);
    follow();
    return stop;
  }, [idsKey]);
}

const ordinaryClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/**
 * "On this page": a list of links to each section of a long page, each to the section's id.
 * Real links (copy, open in a new tab, print as text); an ordinary click or Enter moves focus to
 * the section's heading as well as scrolling there. Not printed: paper has no links to follow.
 */
export function OnThisPage({ sections }: { sections: readonly PageSection[] }) {
  const titleId = useId();
  useScrollToSectionInAddress(sections.map((section) => section.id).join(" "));
  return (
    <nav className="on-this-page no-print" aria-labelledby={titleId}>
      <h2 id={titleId} className="on-this-page__title">
        On this page
      </h2>
      <ul className="on-this-page__list">
        {sections.map((section) => (
          <li key={section.id}>
            <a
              href={`#${section.id}`}
              onClick={(event) => {
                if (ordinaryClick(event) && goToSection(section.id)) event.preventDefault();
              }}
            >
              {section.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
