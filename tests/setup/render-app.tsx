import { createMemoryHistory } from "@tanstack/react-router";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/app/app";
import { demoPassword } from "../../src/db/seed/demo-data";

/** The demo accounts' password, for UI tests that type it (features may not import the seed). */
export { demoPassword };

/** Signs in through the real API (the session cookie is kept by the MSW transport). */
export async function signInAs(email: string) {
  const response = await fetch("http://localhost:3000/api/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: demoPassword }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  return (await response.json()).user as { id: string; name: string; role: string };
}

/** The whole app at a URL, with a memory history that tests can inspect and move through. */
export function renderApp(url: string) {
  const history = createMemoryHistory({ initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(<App history={history} />);
  return { ...view, history, user };
}

export const currentUrl = (history: ReturnType<typeof createMemoryHistory>) => {
  const { pathname, search } = history.location;
  return `${pathname}${search}`;
};

/** Calls the real API as the signed-in user (through the MSW transport), for test set-up. */
/** Where the API lives: tests name paths below it ("/people"), as the UI's client does. */
export const apiPath = (path: string) => `/api${path}`;

export async function apiJson<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`http://localhost:3000${apiPath(path)}`, {
    ...init,
    headers: { "content-type": "application/json", ...init?.headers },
  });
  if (!response.ok) throw new Error(`${init?.method ?? "GET"} ${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : response.json()) as Promise<T>;
}
