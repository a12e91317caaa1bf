import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type RouterHistory, RouterProvider } from "@tanstack/react-router";
import { useState } from "react";
import { FlashProvider } from "../components/ui/flash";
import { meQueryKey, noteSessionEnded } from "../features/auth/api/session";
import { queryKeys } from "../lib/api/keys";
import { isProblem } from "../lib/api-client";
import { makeRouter } from "./router";

/** A 401 from any call means the session ended: forget the user and go to sign-in. */
function makeQueryClient(onSignedOut: () => void) {
  const handle = (error: unknown) => {
    if (!isProblem(error, 401)) return;
    if (error.code === "timed_out") noteSessionEnded(error.detail);
    onSignedOut();
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: handle }),
    mutationCache: new MutationCache({
      onError: handle,
      // Every write (and every refusal) is recorded in the audit log: what shows the log (a record's
      // Activity) reads it again. Not awaited: a save does not wait for the log.
      onSettled: () => {
        void queryClient.invalidateQueries({ queryKey: queryKeys.audit.all });
        // Needs attention (and its badge) counts from every kind of record: a save may add or clear an entry.
        void queryClient.invalidateQueries({ queryKey: queryKeys.attention });
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (count, error) => !isProblem(error) || (error.status >= 500 && count < 2),
      },
    },
  });
  return queryClient;
}

export type AppState = { queryClient: QueryClient; router: ReturnType<typeof makeRouter> };

/** The app's query cache and router: made before the first render by main.tsx, else by App itself. */
export function makeAppState(history?: RouterHistory): AppState {
  const holder = {} as { router: ReturnType<typeof makeRouter> };
  const queryClient = makeQueryClient(() => {
    if (queryClient.getQueryData(meQueryKey) === null) return;
    queryClient.setQueryData(meQueryKey, null);
    void holder.router.invalidate();
  });
  holder.router = makeRouter(queryClient, history);
  return { queryClient, router: holder.router };
}

export function App({ history, state }: { history?: RouterHistory; state?: AppState }) {
  const [{ queryClient, router }] = useState(() => state ?? makeAppState(history));
  return (
    <QueryClientProvider client={queryClient}>
      <FlashProvider>
        <RouterProvider router={router} />
      </FlashProvider>
    </QueryClientProvider>
  );
}
