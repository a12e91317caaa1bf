import { useQuery } from "@tanstack/react-query";
import { useRouteContext } from "@tanstack/react-router";
import { useState } from "react";
import { QueryView } from "../../components/ui/list-view";
import { usePageTitle } from "../../components/ui/page-title";
import { rateCardsQuery } from "../../features/rate-cards/api/rate-cards";
import { AddRateForm } from "../../features/rate-cards/components/add-rate-form";
import { EditRateForm } from "../../features/rate-cards/components/edit-rate-form";
import { RateCardsTable } from "../../features/rate-cards/components/rate-cards-table";
import { allows } from "../../shared/permissions";
import type { RateCard } from "../../shared/schemas/rate-cards";

export function RateCardsPage() {
  usePageTitle("Rate cards");
  const { user } = useRouteContext({ from: "/authed" });
  const list = useQuery(rateCardsQuery());
  const [editing, setEditing] = useState<RateCard | null>(null);
  const canChange = allows("rateCards.update", user.role);
  const activities = [...new Set((list.data?.items ?? []).map((rate) => rate.activity))];

  return (
    <>
      <h1>Rate cards</h1>
      <p>
        What we pay people for each kind of activity, from a date. An involvement's fee is suggested from the rate in
        force on its date, so a new rate never changes what earlier involvements were offered.
      </p>
      {canChange ? <AddRateForm activities={activities} /> : null}
      {canChange && editing ? (
        <EditRateForm key={editing.id} rate={editing} activities={activities} onDone={() => setEditing(null)} />
      ) : null}
      <div className="plan-section">
        <h2>Rates</h2>
        <QueryView
          query={list}
          isEmpty={(page) => page.total === 0}
          loading="Loading rates…"
          error="Rates could not be loaded."
          errorDetail
          empty="No rates yet."
        >
          {(page) => (
            <RateCardsTable
              rates={page.items}
              caption={`Rates, ${page.total}`}
              onEdit={canChange ? setEditing : undefined}
            />
          )}
        </QueryView>
      </div>
    </>
  );
}
