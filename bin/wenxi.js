#!/usr/bin/env node
// Thin entry: the compiled CLI lives in dist/ (built by `npm install`), and
// bundled into a few files in dist/bundle/ (bin/bundle.mjs) because Node
// starts faster from those than from ~100 modules. The bundle is used only
// when it is newer than tsc's output: after a bare `tsc` the modules run
// (and with WENXI_BUNDLE=off, to see real file names in stack traces or the
// modules a run loads).
import { statSync } from 'node:fs';
import { tuneJit } from '../dist/util/jit.js';

// Before the CLI loads: V8's inlining budget (src/util/jit.ts; WENXI_JIT_DEFAULTS=1 keeps V8's own).
tuneJit();

const mtime = (rel) => statSync(new URL(rel, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const bundled = process.env.WENXI_BUNDLE !== 'off' && mtime('../dist/bundle/wenxi.js') >= mtime('../dist/cli/main.js');
const { main } = await (bundled ? import('../dist/bundle/wenxi.js') : import('../dist/cli/main.js'));

process.exitCode = await main(process.argv.slice(2));
