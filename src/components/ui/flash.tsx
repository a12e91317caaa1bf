import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";

type Flash = { id: number; text: string; tone: "success" | "error" };
type FlashApi = { show: (text: string, tone?: Flash["tone"]) => void };

const FlashContext = createContext<FlashApi | null>(null);

/**
 * Messages after a save or delete. They survive navigation (a delete lands on the list)
 * and are read out by screen readers through a live region.
 */
export function FlashProvider({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<Flash[]>([]);
  const dismiss = useCallback((id: number) => setMessages((list) => list.filter((m) => m.id !== id)), []);
  const show = useCallback((text: string, tone: Flash["tone"] = "success") => {
    const id = Date.now() + Math.random();
    setMessages((list) => [...list.slice(-2), { id, text, tone }]);
  }, []);
  const api = useMemo(() => ({ show }), [show]);
  return (
    <FlashContext.Provider value={api}>
      <div className="flash-region" role="status" aria-live="polite">
        {messages.map((message) => (
          <div key={message.id} className={`flash flash--${message.tone}`}>
            <span>{message.text}</span>
            <button type="button" className="button button--quiet" onClick={() => dismiss(message.id)}>
              Dismiss<span className="visually-hidden"> message</span>
            </button>
          </div>
        ))}
      </div>
      {children}
    </FlashContext.Provider>
  );
}

export function useFlash(): FlashApi {
  const api = useContext(FlashContext);
  if (!api) throw new Error("useFlash needs a FlashProvider");
  return api;
}
