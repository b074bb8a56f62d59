// The prebuilt dictionary: a process that reads the cache file must segment
// exactly as one that built the dictionary from cppjieba's text files, and a
// missing, truncated or foreign cache file must only cost a rebuild.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { getJieba, jiebaModule, mergedUserDict } from '../../src/segment/engine.js';
import { corpusDir, referencePath, repoRoot, sharedDir } from '../paths.js';

const articles = [referencePath, ...readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => join(corpusDir, f))];
const lines = [...articles, join(sharedDir, 'data/sighan2005/pku_test.utf8')]
  .flatMap((p) => readFileSync(p, 'utf8').split('\n'))
  .map((l) => l.trim())
  .filter(Boolean);

const work = mkdtempSync(join(tmpdir(), 'wenxi-dict-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const linesFile = join(work, 'lines.json');
writeFileSync(linesFile, JSON.stringify(lines));

// One fresh process: where its dictionary came from, and a digest of every
// line's words (HMM on and off), tags of the first 300 lines and IDF look-ups.
function run(cacheDir: string): { source: string; digest: string } {
  const engine = pathToFileURL(join(repoRoot, 'dist/segment/engine.js')).href;
  const code = `
    import(${JSON.stringify(engine)}).then((m) => {
      const { createHash } = require('node:crypto');
      const lines = JSON.parse(require('node:fs').readFileSync(${JSON.stringify(linesFile)}, 'utf8'));
      const j = m.getJieba();
      const h = createHash('sha256');
      for (const l of lines) h.update(JSON.stringify([j.cut(l, true), j.cut(l, false)]));
      for (const l of lines.slice(0, 300)) h.update(JSON.stringify([j.tag(l), j.cutAll(l), j.cutForSearch(l, true)]));
      for (const l of lines.slice(0, 300)) for (const w of j.cut(l, true)) h.update(String(j.idf(w)));
      console.log(JSON.stringify({ source: m.dictionarySource(), digest: h.digest('hex') }));
    });`;
  const out = execFileSync(process.execPath, ['-e', code], {
    env: { ...process.env, WENXI_DICT_CACHE: cacheDir },
    encoding: 'utf8',
  });
  return JSON.parse(out.trim());
}

describe('prebuilt dictionary cache', () => {
  it('reads back to the same words, tags and IDF as a build from the text files; a bad file is rebuilt', () => {
    const dir = join(work, 'cache');
    const built = run(dir);
    expect(built.source).toBe('text');
    const files = readdirSync(dir).filter((f) => f.endsWith('.bin'));
    expect(files.some((f) => f.startsWith('dict-'))).toBe(true);
    expect(files.some((f) => f.startsWith('idf-'))).toBe(true);

    const cached = run(dir);
    expect(cached.source).toBe('cache');
    expect(cached.digest).toBe(built.digest);

    // Cut short (a crash while writing, a full disk): rebuilt, same words.
    for (const f of files) truncateSync(join(dir, f), Math.floor(statSync(join(dir, f)).size / 2));
    const rebuilt = run(dir);
    expect(rebuilt.source).toBe('text');
    expect(rebuilt.digest).toBe(built.digest);

    // Garbage of the right size is refused by its header.
    for (const f of files) writeFileSync(join(dir, f), Buffer.alloc(statSync(join(dir, f)).size, 7));
    const again = run(dir);
    expect(again.source).toBe('text');
    expect(again.digest).toBe(built.digest);

    // No cache at all (WENXI_DICT_CACHE=off): the same.
    expect(run('off')).toEqual({ source: 'text', digest: built.digest });
  }, 120_000);

  it('answers IDF look-ups as extract(word, 1) does in nodejieba', () => {
    const shared = getJieba();
    const dir = mkdtempSync(join(work, 'nj-'));
    const file = join(dir, 'user.dict.utf8');
    writeFileSync(file, mergedUserDict());
    const mod = jiebaModule();
    mod.load({ userDict: file });
    const words = new Set<string>();
    for (const l of lines.slice(0, 1500)) for (const w of mod.cut(l, true)) words.add(w);
    // and words the segmenter splits, single characters, stop words, unknown ones
    for (const w of ['经济开发区建设', '的', '我们', '了', 'qqzxqq', '三源浦', '']) words.add(w);
    expect(words.size).toBeGreaterThan(3000);
    for (const w of words) {
      const r = mod.extract(w, 1);
      const expected = r.length === 1 && r[0]!.word === w ? r[0]!.weight : undefined;
      expect(shared.idf!(w)).toBe(expected);
    }
    expect(shared.idfAverage!()).toBe(mod.extract('qqzxqq', 1)[0]!.weight);
  }, 60_000);
});
