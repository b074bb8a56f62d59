// JSON in pieces must be JSON.stringify's text exactly: the analysis of real
// articles (big arrays of figures and sections, nested objects), and the
// values JSON.stringify treats specially.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSource } from '../../src/pipeline/analysis.js';
import { sourceFromString } from '../../src/input/source.js';
import { jsonPieces } from '../../src/report/json-pieces.js';
import { corpusDir, referencePath } from '../paths.js';

const joined = (v: unknown, indent: '' | '  ') => [...jsonPieces(v, indent)].join('');

describe('jsonPieces', () => {
  it('writes the analyses of the corpus as JSON.stringify does, indented and compact', () => {
    const files = [referencePath, ...readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => join(corpusDir, f))];
    let streamed = 0;
    for (const path of files) {
      const a = analyzeSource(sourceFromString(path, readFileSync(path, 'utf8'), 'utf-8', 'text'));
      const pieces = [...jsonPieces(a, '  ')];
      if (pieces.length > 1) streamed++;
      expect(pieces.join('')).toBe(JSON.stringify(a, null, 2));
      expect(joined(a, '')).toBe(JSON.stringify(a));
    }
    // a long article's result (a work report's figures) was really cut into pieces
    expect(streamed).toBeGreaterThan(0);
  });

  it('leaves out and nulls what JSON.stringify does, and honours toJSON', () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ i, s: `第${i}项\n"引号"`, u: undefined }));
    const values: unknown[] = [
      { a: undefined, f: () => 1, many, d: new Date(0), empty: [], none: {}, n: null },
      [undefined, () => 1, Symbol('x'), ...many],
      [{ deep: { list: many } }],
      Object.assign(Object.create(null), { many }),
      { onlyUndefined: Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`k${i}`, undefined])) },
      'text',
      42,
      null,
      [],
    ];
    for (const v of values) {
      expect(joined(v, '  ')).toBe(JSON.stringify(v, null, 2));
      expect(joined(v, '')).toBe(JSON.stringify(v));
    }
  });
});
