// Runs `npm ci` (the versions package-lock.json pins) unless node_modules already holds exactly
// them, so a rebuild does not reinstall the same packages.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const installed = 'node_modules/.package-lock.json';
// Platform packages (esbuild's binaries) are optional: only this machine's one is installed.
function packagesOf(file, withOptional) {
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  return new Set(Object.entries(lock.packages || {})
    .filter(([path, info]) => path.startsWith('node_modules/') && (withOptional || !info.optional))
    .map(([path, info]) => path + '@' + info.version));
}
if (existsSync(installed)) {
  const have = packagesOf(installed, true);
  if ([...packagesOf('package-lock.json', false)].every((entry) => have.has(entry))) {
    process.exit(0);
  }
}
execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit' });
