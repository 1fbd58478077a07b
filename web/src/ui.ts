// Pieces every view uses: the catalogue of regimes and lists, the states a view can be in, where its data
// comes from (list versions, data version, the query in GraphiQL), and links to entries.
import { ApiError, graphiqlHref, graphql } from './api';
import { h, replace } from './dom';
import { CATALOGUE_QUERY } from '../../src/graphql/pageDocuments';

export interface RegimeInfo {
  code: string;
  name: string;
}

export interface ListInfo {
  id: string;
  title: string;
  version: string;
  kind: 'NATIONAL' | 'REGIME';
  entryCount: number;
}

export interface Catalogue {
  regimes: RegimeInfo[];
  lists: ListInfo[];
}


let catalogue: Promise<Catalogue> | undefined;

/** The regimes and lists, read once (again after a failure). */
export function loadCatalogue(): Promise<Catalogue> {
  catalogue ??= graphql<Catalogue>(CATALOGUE_QUERY).catch((error: unknown) => {
    catalogue = undefined;
    throw error;
  });
  return catalogue;
}

export interface ReportBasis {
  dataVersion?: number;
  lists: { id: string; title?: string; version: string }[];
  /** For what is read from no control list (memberships): where its facts were read. */
  sources?: string[];
}

export function listOptions(cat: Catalogue, allLabel = 'All lists'): { value: string; label: string }[] {
  return [{ value: '', label: allLabel }, ...cat.lists.map((l) => ({ value: l.id, label: `${l.id} — ${l.kind === 'REGIME' ? 'regime numbering' : 'national list'}` }))];
}

export function regimeOptions(cat: Catalogue): { value: string; label: string }[] {
  return cat.regimes.map((r) => ({ value: r.code, label: `${r.code} — ${r.name}` }));
}

export const CATEGORY_OPTIONS = [{ value: '', label: 'All categories' }, ...Array.from({ length: 10 }, (_, i) => ({ value: String(i), label: `Category ${i}` }))];

export function loading(target: Element, what: string): void {
  replace(target, h('p', { class: 'state loading', 'aria-busy': 'true' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), what));
}

export function empty(what: string): HTMLElement {
  return h('p', { class: 'state empty' }, what);
}

/** An error as a person reads it, with a retry button when trying again can help. */
export function failure(target: Element, error: unknown, retry: () => void): void {
  const e = error instanceof ApiError ? error : new ApiError(error instanceof Error ? error.message : String(error), 'INTERNAL_SERVER_ERROR');
  const unavailable = e.code === 'DATABASE_UNAVAILABLE' || e.code === 'SERVICE_UNREACHABLE';
  const title = unavailable
    ? 'The database is unavailable right now.'
    : e.code === 'BAD_USER_INPUT'
      ? `That was not understood${e.argument ? ` (${e.argument})` : ''}.`
      : e.code === 'QUERY_TIMEOUT' || e.code === 'QUERY_TOO_LARGE'
        ? 'This question is too large to answer at once: narrow it to one list or one category.'
        : 'Something went wrong.';
  replace(
    target,
    h(
      'div',
      { class: `state error${unavailable ? ' unavailable' : ''}`, role: 'alert', 'data-error-code': e.code },
      h('p', {}, h('strong', {}, title), ' ', e.message),
      unavailable ? h('p', {}, 'The service keeps trying to reach it; try again in a moment.') : null,
      e.code === 'BAD_USER_INPUT' ? null : h('button', { type: 'button', class: 'retry', onclick: () => retry() }, 'Try again'),
    ),
  );
}

/** Where a view's data comes from, and the query that produced it, to open in GraphiQL. */
export function provenance(basis: ReportBasis | null, query: string, variables: Record<string, unknown>): HTMLElement {
  const lists = basis?.lists ?? [];
  const sources = basis?.sources ?? [];
  return h(
    'footer',
    { class: 'provenance' },
    h(
      'p',
      {},
      basis?.dataVersion !== undefined ? h('span', { class: 'data-version' }, `Data version ${basis.dataVersion}`) : null,
      basis?.dataVersion !== undefined && lists.length > 0 ? ' · ' : null,
      lists.length > 0 ? `Lists: ` : null,
      lists.flatMap((l, i) => [i > 0 ? ', ' : null, h('span', { class: 'list-version' }, `${l.id} (version ${l.version})`)]),
    ),
    sources.length === 0
      ? null
      : h(
          'details',
          { class: 'sources' },
          h('summary', {}, `Participant lists: read from ${sources.length === 1 ? 'one source' : `${sources.length} sources`}`),
          h('ul', {}, sources.map((source) => h('li', { class: 'source' }, source))),
        ),
    h('p', {}, h('a', { class: 'graphiql-link', href: graphiqlHref(query, variables), target: '_blank', rel: 'noopener' }, 'Open the query behind this view in GraphiQL')),
  );
}

export interface EntryRef {
  id: string;
  code: string;
  title?: string;
  listId?: string;
}

export function entryHref(id: string): string {
  return `#/entry?id=${encodeURIComponent(id)}`;
}

export function entryLink(entry: EntryRef): HTMLAnchorElement {
  return h('a', { href: entryHref(entry.id), class: 'code' }, entry.code);
}

/** Reads a view's arguments from the hash (`#/gaps?regime=AG`). */
export function hashParams(): URLSearchParams {
  const hash = window.location.hash;
  const q = hash.indexOf('?');
  return new URLSearchParams(q >= 0 ? hash.slice(q + 1) : '');
}

/** Sets the view's arguments in the hash without leaving the view. */
export function setHash(view: string, params: Record<string, string | null | undefined>): void {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== null && value !== undefined && value !== '') search.set(name, value);
  const text = search.toString();
  const next = `#/${view}${text ? `?${text}` : ''}`;
  if (window.location.hash !== next) window.location.hash = next;
}

export function nullable(value: string | null | undefined): string | null {
  return value === null || value === undefined || value === '' ? null : value;
}

export function categoryArg(value: string | null): number | null {
  return value === null || value === '' ? null : Number(value);
}
