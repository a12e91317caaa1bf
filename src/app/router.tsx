import type { QueryClient } from "@tanstack/react-query";
import {
  type AnyRoute,
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  type RouterHistory,
  redirect,
} from "@tanstack/react-router";
import { auditSearch } from "../features/audit/list-search";
import { hasSignedInHint, meQuery } from "../features/auth/api/session";
import { dashboardChartsQuery, dashboardFiguresQuery } from "../features/dashboard/api/dashboard";
import { dashboardQueryOf, dashboardSearch, thisReportingYear } from "../features/dashboard/list-search";
import { eventsSearch } from "../features/events/list-search";
import { feedbackSearch } from "../features/feedback/list-search";
import { librarySearch } from "../features/library-enquiries/list-search";
import { peopleSearch } from "../features/people/list-search";
import { retentionSearch } from "../features/privacy/list-search";
import { annualReportSearch } from "../features/reports/list-search";
import { trainingSearch } from "../features/training/list-search";
import { teamsQuery, usersQuery, workItemListQuery } from "../features/work-items/api/queries";
import { toListQuery, workItemsSearch } from "../features/work-items/list-search";
import { type UrlValue, urlChoice, urlSearch } from "../lib/list-search";
import { landingPageFor } from "../shared/attention-rules";
import { reportingRangeErrors, signOnRefusals, startRangeErrors } from "../shared/choices";
import { isSafeReturnPath } from "../shared/return-path";
import { NotFoundPage, StandaloneNotFoundPage } from "./routes/not-found-page";
import { RootErrorPage } from "./routes/root-error-page";
import { SignInPage } from "./routes/sign-in-page";

type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  notFoundComponent: StandaloneNotFoundPage,
  errorComponent: RootErrorPage,
});

/** Only same-site paths: a crafted ?redirect= must not send people elsewhere. */
const safeRedirect: UrlValue<string> = (value) =>
  typeof value === "string" && isSafeReturnPath(value) ? value : undefined;

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-in",
  validateSearch: urlSearch({ redirect: safeRedirect, sso: urlChoice(signOnRefusals) }),
  // Part of the first load, not lazy: a signed-out visit to any address lands here, and a lazy
  // page would cost that visit another round trip before anything is drawn.
  component: SignInPage,
});

/** Where a single-use set-password link lands: no sign-in needed. */
const setPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/set-password",
  validateSearch: urlSearch({
    token: (value) => (typeof value === "string" && value.length <= 200 ? value : undefined),
  }),
  component: lazyRouteComponent(() => import("./routes/set-password-page"), "SetPasswordPage"),
});

const authedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "authed",
  beforeLoad: async ({ context, location }) => {
    const user = await context.queryClient.ensureQueryData(meQuery());
    if (!user) throw redirect({ to: "/sign-in", search: { redirect: location.href } });
    return { user };
  },
  // Lazy like the pages: the sign-in page loads none of the signed-in shell.
  component: lazyRouteComponent(() => import("./routes/app-layout"), "AppLayout"),
});

const indexRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: "/",
  beforeLoad: ({ context }) => {
    // Leads and the events team land on what needs their attention; managers and admin on the dashboard.
    throw redirect({ to: landingPageFor(context.user.role) });
  },
});

const attentionRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: "/attention",
  component: lazyRouteComponent(() => import("./routes/attention-page"), "AttentionPage"),
});

const workItemsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: "/work-items",
  validateSearch: workItemsSearch,
  // The list is asked for alongside the page's code, not once the page has loaded and drawn
  // (the page reads the same queries). Not awaited: the page shows its own loading state.
  loaderDeps: ({ search }) => search,
  loader: ({ context: { queryClient }, deps }) => {
    if (startRangeErrors(deps).length === 0) void queryClient.prefetchQuery(workItemListQuery(toListQuery(deps)));
    void queryClient.prefetchQuery(teamsQuery());
    void queryClient.prefetchQuery(usersQuery());
  },
  // Pages load on demand: the first visit downloads only the shell and sign-in.
  component: lazyRouteComponent(() => import("./routes/work-items-page"), "WorkItemsPage"),
});

const newWorkItemRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: "/work-items/new",
  component: lazyRouteComponent(() => import("./routes/new-work-item-page"), "NewWorkItemPage"),
});

const workItemRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: "/work-items/$id",
  component: lazyRouteComponent(() => import("./routes/work-item-page"), "WorkItemPage"),
});

const peopleRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: "/people",
  validateSearch: peopleSearch,
  component: lazyRouteComponent(() => import("./routes/people-page"), "PeoplePage"),
});

const newPersonRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: "/people/new",
  component: lazyRouteComponent(() => import("./routes/new-person-page"), "NewPersonPage"),
});

const personRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: "/people/$id",
  component: lazyRouteComponent(() => import("./routes/person-page"), "PersonPage"),
});

/** Everything held about one person (admin; the page says so to anyone else). */
const subjectAccessRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: "/people/$id/subject-access",
  component: lazyRouteComponent(() => import("./routes/subject-access-page"), "SubjectAccessPage"),
});

const involvementRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: "/involvements/$id",
  component: lazyRouteComponent(() => import("./routes/involvement-page"), "InvolvementPage"),
});

const feedbackRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: "/feedback",
  validateSearch: feedbackSearch,
  component: lazyRouteComponent(() => import("./routes/feedback-page"), "FeedbackPage"),
});

const newFeedbackRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: "/feedback/new",
  component: lazyRouteComponent(() => import("./routes/feedback-item-page"), "FeedbackItemPage"),
});

const feedbackItemRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: "/feedback/$id",
  component: lazyRouteComponent(() => import("./routes/feedback-item-page"), "FeedbackItemPage"),
});

const libraryRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: "/library",
  validateSearch: librarySearch,
  component: lazyRouteComponent(() => import("./routes/library-page"), "LibraryPage"),
});

const dashboardRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: "/dashboard",
  validateSearch: dashboardSearch,
  // As for the list: the figures and charts are asked for alongside the page's code.
  loaderDeps: ({ search }) => search,
  loader: ({ context: { queryClient }, deps }) => {
    void queryClient.prefetchQuery(teamsQuery());
    // A range the API would refuse (backwards, or a day out of bounds): the page says so instead.
    if (reportingRangeErrors(deps).length) return;
    const query = dashboardQueryOf(deps, thisReportingYear());
    void queryClient.prefetchQuery(dashboardFiguresQuery(query));
    void queryClient.prefetchQuery(dashboardChartsQuery(query));
  },
  // Lazy: the charts library loads only with this page, never on first load.
  component: lazyRouteComponent(() => import("./routes/dashboard-page"), "DashboardPage"),
});

const conferenceReportRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: "/work-items/$id/report",
  component: lazyRouteComponent(() => import("./routes/conference-report-page"), "ConferenceReportPage"),
});

const gripp2ReportRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: "/work-items/$id/gripp2",
  component: lazyRouteComponent(() => import("./routes/gripp2-report-page"), "Gripp2ReportPage"),
});

const annualReportRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: "/reports/annual",
  validateSearch: annualReportSearch,
  component: lazyRouteComponent(() => import("./routes/annual-report-page"), "AnnualReportPage"),
});

const eventsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: "/events",
  validateSearch: eventsSearch,
  component: lazyRouteComponent(() => import("./routes/events-page"), "EventsPage"),
});

const trainingRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: "/training",
  validateSearch: trainingSearch,
  component: lazyRouteComponent(() => import("./routes/training-page"), "TrainingPage"),
});

const accountRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: "/account",
  component: lazyRouteComponent(() => import("./routes/account-page"), "AccountPage"),
});

const usersRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: "/admin/users",
  component: lazyRouteComponent(() => import("./routes/users-page"), "UsersPage"),
});

const userRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: "/admin/users/$id",
  component: lazyRouteComponent(() => import("./routes/user-page"), "UserPage"),
});

const retentionRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: "/admin/retention",
  validateSearch: retentionSearch,
  component: lazyRouteComponent(() => import("./routes/retention-page"), "RetentionPage"),
});

const auditRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: "/admin/audit",
  validateSearch: auditSearch,
  component: lazyRouteComponent(() => import("./routes/audit-page"), "AuditPage"),
});

/** Dated rates for paying people (everyone reads them; admin changes them). */
const rateCardsRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: "/admin/rate-cards",
  component: lazyRouteComponent(() => import("./routes/rate-cards-page"), "RateCardsPage"),
});

/** Spreadsheet imports (admin and leads; the page says so to anyone else). */
const importRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: "/import",
  component: lazyRouteComponent(() => import("./routes/import-page"), "ImportPage"),
});

/** Any other address, once signed in: "not found" inside the app's own layout. */
const notFoundRoute = createRoute({
  getParentRoute: () => authedRoute,
  path: "$",
  component: NotFoundPage,
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  setPasswordRoute,
  authedRoute.addChildren([
    indexRoute,
    attentionRoute,
    workItemsRoute,
    newWorkItemRoute,
    workItemRoute,
    peopleRoute,
    newPersonRoute,
    personRoute,
    subjectAccessRoute,
    involvementRoute,
    feedbackRoute,
    newFeedbackRoute,
    feedbackItemRoute,
    libraryRoute,
    trainingRoute,
    eventsRoute,
    dashboardRoute,
    conferenceReportRoute,
    gripp2ReportRoute,
    annualReportRoute,
    accountRoute,
    usersRoute,
    userRoute,
    retentionRoute,
    auditRoute,
    rateCardsRoute,
    importRoute,
    notFoundRoute,
  ]),
]);

export function makeRouter(queryClient: QueryClient, history?: RouterHistory) {
  const router = createRouter({
    routeTree,
    context: { queryClient },
    ...(history ? { history } : {}),
    defaultPreload: "intent",
    // Data freshness is React Query's job; the router only prefetches.
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
  // Signed in, as far as the page can tell (the hint cookie): fetch the page's code now, while
  // /api/auth/me is asked who this is, rather than after. Signed out, nothing is fetched: the
  // sign-in page loads none of the signed-in pages.
  if (hasSignedInHint()) {
    for (const match of router.matchRoutes(router.latestLocation)) {
      const route = (router.routesById as Record<string, AnyRoute | undefined>)[match.routeId];
      // A failure is the navigation's to report, when it loads the same chunk.
      if (route) router.loadRouteChunk(route)?.catch(() => {});
    }
  }
  return router;
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof makeRouter>;
  }
}
