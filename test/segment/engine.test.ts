// The shared addon must be a drop-in for nodejieba: the same words, tags and
// IDF weights on real articles, and one dictionary for all threads of a process.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineName, getJieba, jiebaModule, mergedUserDict, type Jieba } from '../../src/segment/engine.js';
import { corpusDir, referencePath, repoRoot, sharedDir } from '../paths.js';

const articles = [referencePath, ...readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => join(corpusDir, f))];
// The articles, then the SIGHAN 2005 PKU and MSR test sentences (news text of other years and sources).
const sighan = ['pku_test.utf8', 'msr_test.utf8'].map((f) => join(sharedDir, 'data/sighan2005', f));
const lines = [...articles, ...sighan]
  .flatMap((p) => readFileSync(p, 'utf8').split('\n'))
  .map((l) => l.trim())
  .filter(Boolean);

describe('shared segmenter engine', () => {
  let shared: Jieba;
  let reference: Jieba;
  let dir: string;

  beforeAll(() => {
    shared = getJieba();
    // nodejieba's own addon, loaded with the same merged user dictionary.
    dir = mkdtempSync(join(tmpdir(), 'wenxi-engine-'));
    const file = join(dir, 'user.dict.utf8');
    writeFileSync(file, mergedUserDict());
    const mod = jiebaModule();
    mod.load({ userDict: file });
    reference = mod;
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is the addon built at install', () => {
    expect(engineName()).toBe('shared');
    expect(shared).not.toBe(reference);
  });

  it('cuts every line of the real articles as nodejieba does, with and without HMM', () => {
    expect(lines.length).toBeGreaterThan(5000);
    for (const line of lines) {
      expect(shared.cut(line, true)).toEqual(reference.cut(line, true));
      expect(shared.cut(line, false)).toEqual(reference.cut(line, false));
    }
  });

  it('gives the same words as UTF-16 spans, astral characters included', () => {
    const spanWords = (line: string) => {
      const spans = shared.cutSpans!(line, true);
      const words: string[] = [];
      for (let i = 0; i < spans.length; i += 2) words.push(line.slice(spans[i], spans[i + 1]));
      return words;
    };
    for (const line of lines) expect(spanWords(line)).toEqual(reference.cut(line, true));
    // 𠮷 and 😀 take two UTF-16 units each; the words after them keep their places.
    const astral = '𠮷野家的😀投资860万元';
    expect(spanWords(astral)).toEqual(reference.cut(astral, true));
    expect(spanWords(astral).join('')).toBe(astral);
  });

  it("gives nodejieba's words as spans on random mixes of Han, ASCII, separators, astral and broken characters", () => {
    // cutSpans reads the text as UTF-16 and has its own route and Viterbi
    // (native/mix_cut.hpp); nodejieba reads it as UTF-8, where a lone
    // surrogate is U+FFFD. Words that differ anywhere would show here.
    const pool = [...'的一是在不了有和人中大为上国我以要时来们生到地于出就分对成会可主发年动同工也能下过子说产种而方后多定行学法所得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济投资万元亿户个项目%。，、；：！？（）“”《》 \t\nABCabc0123456789._/😀𠮷\u0000\u3000\uFEFF', '\uD83D', '\uDFFF'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 4000; k++) {
      let s = '';
      for (let n = Math.floor(next() * 50); n > 0; n--) s += pool[Math.floor(next() * pool.length)];
      for (const hmm of [true, false]) {
        const spans = shared.cutSpans!(s, hmm);
        const words: string[] = [];
        for (let i = 0; i < spans.length; i += 2) words.push(Buffer.from(s.slice(spans[i], spans[i + 1])).toString());
        expect(words, JSON.stringify(s)).toEqual(reference.cut(s, hmm));
        expect(spans.length === 0 ? 0 : spans[spans.length - 1]).toBe(s.length);
      }
    }
  });

  it('agrees on search and full modes, tags and IDF weights', () => {
    for (const line of lines.slice(0, 400)) {
      expect(shared.cutForSearch(line, true)).toEqual(reference.cutForSearch(line, true));
      expect(shared.cutAll(line)).toEqual(reference.cutAll(line));
      expect(shared.tag(line)).toEqual(reference.tag(line));
      expect(shared.extract(line, 5)).toEqual(reference.extract(line, 5));
    }
  });
});

describe('one dictionary per process', () => {
  it('is built by one worker thread and reused by the others', async () => {
    const engine = pathToFileURL(join(repoRoot, 'dist/segment/engine.js')).href;
    const code = `
      const { parentPort } = require('node:worker_threads');
      import(${JSON.stringify(engine)}).then((m) => {
        const words = m.getJieba().cut('新签约落地项目10个', true);
        parentPort.postMessage({ built: m.dictionaryBuiltHere(), words });
      });`;
    const run = () =>
      new Promise<{ built: boolean; words: string[] }>((resolve, reject) => {
        const w = new Worker(code, { eval: true });
        w.once('message', (m) => {
          resolve(m);
          void w.terminate();
        });
        w.once('error', reject);
      });
    const results = await Promise.all([run(), run(), run()]);
    // This test process has built it already (above, in the main thread) or
    // one of the workers builds it: never more than one build in all.
    expect(results.filter((r) => r.built).length).toBeLessThanOrEqual(1);
    for (const r of results) expect(r.words).toEqual(['新', '签约', '落地', '项目', '10', '个']);
  }, 60_000);
});
