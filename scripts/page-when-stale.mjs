// Builds the analyst's page (web/ → dist/page) only when what it is built from changed since its last build here,
// so that a restart skips it. `npm run build:page` always builds. The fingerprint covers the page's sources (web/),
// the report documents it shares with the service (src/graphql/pageDocuments.ts), package-lock.json (the libraries'
// versions) and the built index.html (scripts/fingerprint.mjs).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root, runWhenStale } from './fingerprint.mjs';

function filesUnder(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (name === 'node_modules' || name === 'dist') return [];
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

runWhenStale({
  name: 'page',
  script: 'build:page',
  stamp: '.page-fingerprint',
  paths: () => [...filesUnder(join(root, 'web')), join('src', 'graphql', 'pageDocuments.ts'), 'package-lock.json', join('dist', 'page', 'index.html')],
  skipped: 'web/ is unchanged since the last build',
});
