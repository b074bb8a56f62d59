// Section defaults for status and period: in a work report the review part
// (2018年工作回顾) reports, the plan part (2019年政府工作任务, 今年工作安排)
// plans, and a heading's year is the time of the figures under it. Reports run
// review → plan, so top-level sections after a plan section are planned too
// (m01's 三、加大宏观政策实施力度…) unless their own heading reviews. A
// subsection inherits its parent's default. The clause can still override.
import type { FigureStatus, Section } from '../../types.js';
import { PLAN_HEADINGS, REVIEW_HEADINGS } from '../data/status.js';
import type { FigureFrame } from '../index.js';
import { headingPeriod } from './period.js';

function headingStatus(heading: string | null): FigureStatus | null {
  if (!heading) return null;
  if (REVIEW_HEADINGS.test(heading)) return 'actual';
  if (PLAN_HEADINGS.test(heading)) return 'target';
  return null;
}

/** frames in code points, deepest first, so the first frame holding a figure is its innermost section's */
export function sectionFrames(sections: Section[], year: number | null): FigureFrame[] {
  const out: (FigureFrame & { index: number; level: number })[] = [];
  let planSeen = false;
  for (const s of sections) {
    const parent = s.parent !== null ? out.find((f) => f.index === s.parent) : undefined;
    let status = headingStatus(s.heading);
    if (s.parent === null) {
      if (status === 'target') planSeen = true;
      else if (status === null && planSeen && s.heading) status = 'target';
    }
    status ??= parent?.status ?? null;
    const period = (s.heading ? headingPeriod(s.heading, year) : undefined) ?? parent?.period;
    const named = s.heading ? /([0-9]{4})年/.exec(s.heading) : null;
    const hy = named ? Number(named[1]) : (parent?.year ?? null);
    const heading = status && !headingStatus(s.heading) && parent ? parent.heading : s.heading;
    if (status || period) out.push({ index: s.index, level: s.level, start: s.start, end: s.end, status, period, heading, year: hy });
  }
  return out.sort((a, b) => b.level - a.level).map(({ index: _i, level: _l, ...frame }) => frame);
}
