// Sentence boundaries shared by the article model and the figure extractor, so
// a figure's `sentence` is always one of the article's sentences.
//
// A sentence ends at 。！？!?；; or an ellipsis (…… / ...), and at a line end.
// Closing quotes and brackets right after the end mark stay with the sentence
// (他说：“好。”), and so do repeated marks (？！).
// Spans here are UTF-16 indices (internal); convert with CodePointMap at the edge.

export interface RawSpan {
  start: number;
  end: number;
}

const END_MARKS = new Set(['。', '！', '？', '!', '?', '；', ';', '…']);
const CLOSERS = new Set(['”', '’', '"', "'", '」', '』', '）', ')', '】', ']', '》', '〉', '〕']);
const SPACE = /\s/;

/** Split text[from, to) into trimmed sentence spans; blank stretches are skipped. */
export function splitSentences(text: string, from = 0, to = text.length): RawSpan[] {
  const out: RawSpan[] = [];
  let start = from;
  const push = (s: number, e: number) => {
    while (s < e && SPACE.test(text[s]!)) s++;
    while (e > s && SPACE.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  let i = from;
  while (i < to) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(start, i);
      start = i + 1;
      i++;
      continue;
    }
    const isDotRun = ch === '.' && text[i + 1] === '.' && text[i + 2] === '.';
    if (END_MARKS.has(ch) || isDotRun) {
      let j = i + 1;
      while (j < to && (END_MARKS.has(text[j]!) || text[j] === '.')) j++;
      while (j < to && CLOSERS.has(text[j]!)) j++;
      push(start, j);
      start = j;
      i = j;
      continue;
    }
    i++;
  }
  push(start, to);
  return out;
}
