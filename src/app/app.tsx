import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type RouterHistory, RouterProvider } from "@tanstack/react-router";
import { useState } from "react";
import { FlashProvider } from "../components/ui/flash";
import { meQueryKey, noteSessionEnded } from "../features/auth/api/session";
import { isProblem } from "../lib/api-client";
import { makeRouter } from "./router";

/** A 401 from any call means the session ended: forget the user and go to sign-in. */
function makeQueryClient(onSignedOut: () => void) {
  const handle = (error: unknown) => {
    if (!isProblem(error, 401)) return;
    if (error.code === "timed_out") noteSessionEnded(error.detail);
    onSignedOut();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: handle }),
    mutationCache: new MutationCache({ onError: handle }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (count, error) => !isProblem(error) || (error.status >= 500 && count < 2),
      },
    },
  });
}

export function App({ history }: { history?: RouterHistory }) {
  const [{ queryClient, router }] = useState(() => {
    const holder = {} as { router: ReturnType<typeof makeRouter> };
    const queryClient = makeQueryClient(() => {
      if (queryClient.getQueryData(meQueryKey) === null) return;
      queryClient.setQueryData(meQueryKey, null);
      void holder.router.invalidate();
    });
    holder.router = makeRouter(queryClient, history);
    return { queryClient, router: holder.router };
  });
  return (
    <QueryClientProvider client={queryClient}>
      <FlashProvider>
        <RouterProvider router={router} />
      </FlashProvider>
    </QueryClientProvider>
  );
}
