// `npm run build` (and `prepare`): tsc's dist/ bundled by esbuild into a few
// files in dist/bundle/ — the CLI's entry and one chunk per lazily loaded part
// (the segmenter, summaries, the HTML report, the service…). Node 20 pays per
// ES module it loads (resolve, read, compile, link): the ~110 modules of
// `wenxi figures FILE` took ~50 ms of its start; as a handful of chunks they
// take a fraction of it. bin/wenxi.js falls back to dist/ when the bundle is
// missing or older than tsc's output, so a bare `tsc` never runs stale code.
//
// Each module's import.meta.url is rewritten to its own file in dist/, so the
// paths it resolves (package.json, dict/, the addon, the service's worker)
// are the same as unbundled — except in the worker pool, whose ./worker.js
// is then the bundled worker (dist/bundle/worker.js), so that each worker
// thread of a -j run starts as fast as the CLI. Packages stay external:
// node_modules is read as before.
import { readFile, rm } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
const outdir = `${dist}/bundle`;

const ownMetaUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\/dist\/.*\.js$/ }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      if (!code.includes('import.meta.url') || args.path.endsWith('/dist/pipeline/pool.js')) return { contents: code, loader: 'js', resolveDir: dirname(args.path) };
      const rel = relative(outdir, args.path).split('\\').join('/');
      const own = `new URL(${JSON.stringify(rel)}, import.meta.url).href`;
      return { contents: code.replaceAll('import.meta.url', own), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

await rm(outdir, { recursive: true, force: true });
let build;
try {
  ({ build } = await import('esbuild'));
} catch {
  // an install without dev dependencies: the modules in dist/ run as they are
  console.error('wenxi: esbuild is not installed; bin/wenxi.js runs dist/ unbundled (slower to start)');
  process.exit(0);
}
await build({
  entryPoints: { wenxi: `${dist}/cli/main.js`, worker: `${dist}/pipeline/worker.js` },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunk-[hash]',
  logLevel: 'warning',
  plugins: [ownMetaUrl],
});
