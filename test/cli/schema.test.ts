// Every command's JSON names its schema and version, conforms to the JSON
// Schema published in docs/, and docs/schema.md documents what is printed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, referencePath, repoRoot } from '../paths.js';
import { check } from '../report/json-schema.js';
import { wenxi } from './run-cli.js';

const schemaOf = (name: string) => JSON.parse(readFileSync(join(repoRoot, 'docs', `${name}.schema.json`), 'utf8'));
const schemaMd = readFileSync(join(repoRoot, 'docs', 'schema.md'), 'utf8');

// the reference article, an HTML page with nested sections, plus a missing file
const inputs = [referencePath, join(corpusDir, 'html', 'h01_jiangxi_2022_tongji_gongbao.html'), 'missing.txt'];

// the version of each schema: analysis/2 since figures carry status and change and a range may be open on one side
const VERSION: Record<string, number> = { analysis: 2, figures: 1, sections: 1, keywords: 1, segment: 1 };

describe('JSON output against docs/*.schema.json', () => {
  const cases: [string, string, string[]][] = [
    ['analyze', 'analysis', []],
    ['figures', 'figures', []],
    ['sections', 'sections', []],
    ['keywords', 'keywords', []],
    ['segment', 'segment', ['--pos']],
  ];
  for (const [command, name, extra] of cases) {
    it(`${command}: every record conforms and names wenxi.${name}/${VERSION[name]}`, () => {
      const r = wenxi([command, '-f', 'json', ...extra, ...inputs]);
      expect(r.code).toBe(1); // the missing file
      const records = JSON.parse(r.stdout) as Record<string, unknown>[];
      expect(records).toHaveLength(inputs.length);
      const schema = schemaOf(name);
      for (const rec of records) expect(check(rec, schema)).toEqual([]);
      for (const rec of records.slice(0, 2)) {
        expect(rec.schema).toBe(`wenxi.${name}/${VERSION[name]}`);
        // documented in schema.md: the version and every top-level field
        expect(schemaMd).toContain(`wenxi.${name}/${VERSION[name]}`);
        for (const k of Object.keys(rec)) expect(schemaMd, `${command}: ${k}`).toContain(`"${k}"`);
      }
      expect(records[2]).toEqual({ path: 'missing.txt', error: { message: 'no such file or directory' } });
    });
  }

  it('stats conforms to docs/stats.schema.json', () => {
    const r = wenxi(['stats', '-f', 'json', ...inputs.slice(0, 2)]);
    expect(r.code).toBe(0);
    expect(check(JSON.parse(r.stdout), schemaOf('stats'))).toEqual([]);
  });

  it('the checker is not a rubber stamp: a wrong record fails', () => {
    const r = wenxi(['figures', '-f', 'json', referencePath]);
    const [rec] = JSON.parse(r.stdout);
    rec.figures[0].category = 'weather';
    delete rec.sectionHeadings;
    rec.extra = 1;
    const errs = check(rec, schemaOf('figures'));
    expect(errs.join('\n')).toMatch(/weather/);
    expect(errs.join('\n')).toMatch(/sectionHeadings/);
  });
});
