// A report as JSON: `{ provenance, <GraphQL field>: report }`. The report holds the rows the GraphQL field answers,
// in its order and under its field names; entries are references (id, listId, code, title, category, group,
// kind) and rules are named by id, as the GraphQL `Entry` and `AttributionRule` types resolve them.
import { catalogued, type ReportKind, type ReportOf } from '../catalogue.js';
import { provenanceOf } from '../provenance.js';

export function jsonDocument<K extends ReportKind>(kind: K, report: ReportOf[K]): string {
  return `${JSON.stringify({ provenance: provenanceOf(kind, report), [catalogued(kind).graphqlField]: report }, null, 2)}\n`;
}
