// Bundles the web UI into the folder given as the first argument (the server's classpath /web).
// Everything the UI needs ends up there: the page works with no network.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const out = process.argv[2];
if (!out) {
  console.error('usage: node build.mjs OUTPUT_FOLDER');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
await build({
  entryPoints: ['src/main.js'],
  bundle: true,
  format: 'esm',
  minify: true,
  sourcemap: false,
  target: ['es2022'],
  outfile: join(out, 'app.js'),
  legalComments: 'linked',
  logLevel: 'warning',
});
for (const file of ['index.html', 'style.css', 'favicon.svg']) {
  copyFileSync(join('src', file), join(out, file));
}
