// Shared by the build steps that run only when their inputs changed (codegen-when-stale, page-when-stale): a sha256
// over files (a missing one counts as "missing"), kept in a stamp file under dist/, so a clean build always runs.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The sha256 of the files' paths (relative to the project, or absolute) and contents, in the order given. */
export function fingerprint(paths) {
  const hash = createHash('sha256');
  for (const path of paths) {
    const absolute = isAbsolute(path) ? path : join(root, path);
    hash.update(`${relative(root, absolute)}\0`);
    hash.update(existsSync(absolute) ? readFileSync(absolute) : 'missing');
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * Runs `npm run <script>` unless the files' fingerprint equals the one stamped by its last run; `paths()` is read
 * before and after (the outputs are among them), and the new fingerprint is stamped when the script succeeded.
 */
export function runWhenStale({ name, script, stamp, paths, skipped }) {
  const stampFile = join(root, 'dist', stamp);
  const previous = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : '';
  if (previous === fingerprint(paths())) {
    console.log(`${name}: ${skipped}; skipped`);
    return;
  }
  const run = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (run.status !== 0) process.exit(run.status ?? 1);
  mkdirSync(dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, `${fingerprint(paths())}\n`);
}
