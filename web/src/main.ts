// The analyst's page: one view per hash route (#/overlap, #/gaps, #/itt, #/entry, #/members), each drawn from
// the public GraphQL API. Before the first view it checks /readyz, so a service still preparing its database,
// or one that has lost it, says so and retries.
import './style.css';
import { readiness } from './api';
import { h, replace } from './dom';
import { failure, loading } from './ui';
import { renderEntry } from './views/entry';
import { renderGaps } from './views/gaps';
import { renderItt } from './views/itt';
import { renderMembers } from './views/members';
import { renderOverlap } from './views/overlap';

const VIEWS: Record<string, { title: string; render: (root: HTMLElement) => Promise<void> }> = {
  overlap: { title: 'Regime overlap', render: renderOverlap },
  gaps: { title: 'Gap list builder', render: renderGaps },
  itt: { title: 'ITT coverage', render: renderItt },
  entry: { title: 'Entries', render: renderEntry },
  members: { title: 'Memberships', render: renderMembers },
};

const main = document.getElementById('main') as HTMLElement;
const status = document.getElementById('status') as HTMLElement;
const RETRY_MS = 3000;

function currentView(): string {
  const name = window.location.hash.replace(/^#\/?/, '').split('?')[0] ?? '';
  return name in VIEWS ? name : 'overlap';
}

/** Waits until the service's database answers and is migrated, saying what it is waiting for. */
async function waitUntilReady(): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const state = await readiness();
    if (state.ready) {
      replace(status);
      return;
    }
    const why = state.loading
      ? state.loading.message
      : state.neo4j === 'unreachable'
        ? 'The database is unavailable: the service cannot reach Neo4j.'
        : state.migrations === 'pending'
          ? 'The service is preparing its database (migrations and the first import of the lists).'
          : 'The service does not answer.';
    replace(status, h('p', { class: 'banner' }, why, ` Trying again every ${RETRY_MS / 1000} s (attempt ${attempt + 1}).`));
    if (attempt === 0) loading(main, 'The views appear here as soon as the data is ready.');
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}

let drawing = 0;

async function route(): Promise<void> {
  const name = currentView();
  const view = VIEWS[name] as (typeof VIEWS)[string];
  document.title = `${view.title} — Concordance`;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav a[data-view]')) {
    if (link.dataset.view === name) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const mine = ++drawing;
  const root = h('div', { class: `view view-${name}` });
  replace(main, root);
  try {
    await view.render(root);
  } catch (error) {
    if (mine === drawing) failure(root, error, () => void route());
  }
  if (mine === drawing) main.dataset.ready = name;
}

let lastView = '';
window.addEventListener('hashchange', () => {
  const name = currentView();
  delete main.dataset.ready;
  void route().then(() => {
    // Moving to another view puts the keyboard focus at its start; a change within a view leaves it where it is.
    if (name !== lastView) main.focus();
    lastView = name;
  });
});

void waitUntilReady().then(() => {
  lastView = currentView();
  return route();
});
