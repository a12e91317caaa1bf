import { urlChoice, urlDate, urlId, urlMatch, urlPage, urlSearch } from "../../lib/list-search";
import { auditActions } from "../../shared/choices";
import type { AuditQuery } from "../../shared/schemas/audit";

/**
 * The Audit log page's state in the URL: codes and ids only (never a name, never a value from
 * the log), so an address bar, a bookmark or a proxy's log says nothing about anyone.
 */
export const auditSearch = urlSearch({
  action: urlChoice(auditActions),
  /** A resource as the API names it ("work-items"); one not offered in the select is kept as given. */
  resource: urlMatch(/^[a-z][a-z-]{0,59}$/),
  /** Who did it (an account). */
  actorId: urlId,
  /** The person the entries are about (a person's Activity links here). */
  personId: urlId,
  /** One record (a work item's Activity links here). */
  recordId: urlId,
  from: urlDate,
  to: urlDate,
  page: urlPage,
});
export type AuditSearch = ReturnType<typeof auditSearch>;

export const auditPageSize = 25;

/** The API query for a page state: the same names, so the URL, the list and the CSV agree. */
export const toAuditQuery = (search: AuditSearch): AuditQuery => ({ ...search, pageSize: auditPageSize });
