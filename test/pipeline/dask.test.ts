// A real distributed run: Dask (Debian's python3-dask and python3-distributed,
// installed by .ci/run) maps `wenxi figures` over the partitions of a JSON
// Lines corpus on two worker processes, one wenxi process per partition as
// Spark's RDD.pipe() runs it, and the gathered output must be byte for byte
// the output of one wenxi process over the whole corpus.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusDir, repoRoot, wenxiBin } from '../paths.js';

// Debian's interpreter, where apt puts dask (a pyenv or venv python3 on PATH may not have it).
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const work = mkdtempSync(join(tmpdir(), 'wenxi-dask-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function corpus(): string {
  const files = ['', 'more', 'hant'].flatMap((d) =>
    readdirSync(join(corpusDir, d))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(d, f)),
  );
  const records = files.map((f) => JSON.stringify({ id: f, text: readFileSync(join(corpusDir, f), 'utf8') }));
  // A record wenxi cannot analyse, reported in its place in either run.
  records.splice(5, 0, JSON.stringify({ id: 'empty-record', text: '  ' }));
  const path = join(work, 'corpus.jsonl');
  writeFileSync(path, records.join('\n') + '\n');
  return path;
}

describe('Dask', () => {
  it('maps wenxi figures over the partitions of a JSON Lines corpus, byte-identical to one process', () => {
    const probe = spawnSync(PYTHON, ['-c', 'import dask.bag, distributed'], { encoding: 'utf8' });
    expect(probe.status, `Dask is not installed (apt-get install python3-dask python3-distributed): ${probe.stderr}`).toBe(0);

    const input = corpus();
    const command = [process.execPath, wenxiBin, 'figures', '--input-format', 'jsonl', '-f', 'ndjson', '-j', '1'];
    const single = spawnSync(command[0]!, command.slice(1), { input: readFileSync(input), maxBuffer: 1 << 28 });
    expect(single.status).toBe(1); // the empty record
    const expected = single.stdout.toString('utf8');
    expect(expected.split('\n').filter(Boolean).length).toBe(readFileSync(input, 'utf8').trim().split('\n').length);
    expect(expected).toContain('{"path":"empty-record","error":');

    const out = join(work, 'dask.ndjson');
    const run = spawnSync(
      PYTHON,
      [join(repoRoot, 'bench/dask_map.py'), input, out, '--workers', '2', '--blocksize', '40kB', '--', ...command],
      { encoding: 'utf8', timeout: 180_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    const partitions = Number(/dask: (\d+) partitions on 2 workers/.exec(run.stderr)?.[1]);
    expect(partitions).toBeGreaterThan(3);
    expect(readFileSync(out, 'utf8')).toBe(expected);
  }, 200_000);
});
