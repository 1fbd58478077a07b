// Builds the analyst's page (web/ → dist/page) only when what it is built from changed since its last build here,
// so that a restart skips it. `npm run build:page` always builds. The fingerprint is a sha256 over the page's
// sources (web/, without what the build writes), package-lock.json (the libraries' versions) and the built
// index.html; it is kept in dist/, so a clean build (no dist/) always builds the page.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = join(root, 'dist', '.page-fingerprint');
const built = join(root, 'dist', 'page', 'index.html');

function filesUnder(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (name === 'node_modules' || name === 'dist') return [];
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

function fingerprint() {
  const hash = createHash('sha256');
  for (const path of [...filesUnder(join(root, 'web')), join(root, 'package-lock.json'), built]) {
    hash.update(`${relative(root, path)}\0`);
    hash.update(existsSync(path) ? readFileSync(path) : 'missing');
    hash.update('\0');
  }
  return hash.digest('hex');
}

const previous = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : '';
if (previous === fingerprint()) {
  console.log('page: web/ is unchanged since the last build; skipped');
  process.exit(0);
}
const run = spawnSync('npm', ['run', '--silent', 'build:page'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (run.status !== 0) process.exit(run.status ?? 1);
mkdirSync(dirname(stampFile), { recursive: true });
writeFileSync(stampFile, `${fingerprint()}\n`);
