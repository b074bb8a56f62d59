// segment: one output line per input line (pipe-friendly), or tokens as data.
import type { SegmentResult } from '../../pipeline/tasks.js';
import type { Token } from '../../types.js';
import type { Renderer } from '../writer.js';

export const SEGMENT_SCHEMA = 'wenxi.segment/1';

export function segmentRenderer(opts: { delimiter: string; pos: boolean }): Renderer<SegmentResult> {
  const word = (t: Token) => (opts.pos && t.tag ? `${t.word}/${t.tag}` : t.word);
  const text = (r: SegmentResult) => {
    // Line starts in code points, so tokens (code point offsets) fall into their line.
    let line = 0;
    let cp = 0;
    const starts: number[] = [0];
    for (const ch of r.text) {
      cp++;
      if (ch === '\n') starts.push(cp);
    }
    const lines: string[][] = starts.map(() => []);
    for (const t of r.tokens) {
      while (line + 1 < starts.length && starts[line + 1]! <= t.start) line++;
      lines[line]!.push(word(t));
    }
    // No trailing empty line for the final newline of the file.
    if (r.text.endsWith('\n')) lines.pop();
    return lines.map((ws) => ws.join(opts.delimiter)).join('\n') + '\n';
  };
  return {
    json: (r) => ({ schema: SEGMENT_SCHEMA, path: r.path, encoding: r.encoding, script: r.script, tokens: r.tokens }),
    header: ['path', 'start', 'end', 'word', 'tag'],
    rows: (r) => r.tokens.map((t) => [r.path, t.start, t.end, t.word, t.tag ?? '']),
    text,
  };
}
