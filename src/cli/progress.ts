// A progress bar on stderr for runs over many inputs, only on a terminal.
// Errors are printed above the bar (MultiBar.log), whole, never torn by a
// redraw; the bar is skipped when results go to the same terminal (run.ts).
import type cliProgressTypes from 'cli-progress';
import { lazy } from '../util/lazy.js';

const cliProgress = lazy<typeof cliProgressTypes>('cli-progress');

export class Progress {
  private readonly multi: cliProgressTypes.MultiBar;
  private readonly bar: cliProgressTypes.SingleBar;
  private readonly started = Date.now();
  private bytes = 0;
  private done = 0;

  private constructor(total: number | null) {
    const { MultiBar, Presets } = cliProgress();
    this.multi = new MultiBar(
      {
        stream: process.stderr,
        format:
          total === null
            ? 'wenxi {value} articles | {mbps} MB/s'
            : 'wenxi [{bar}] {value}/{total} articles | {mbps} MB/s | ETA {eta_formatted}',
        hideCursor: true,
        // cli-progress turns line wrap off by default, which cuts an error
        // line printed above the bar at the terminal's edge
        linewrap: true,
        clearOnComplete: true,
        etaBuffer: 50,
        fps: 5,
      },
      Presets.shades_classic,
    );
    this.bar = this.multi.create(total ?? 0, 0, { mbps: '0.00' });
  }

  /** A bar only when there is more than one input and stderr is a terminal. */
  static maybe(total: number | null, wanted: boolean | undefined): Progress | null {
    if (wanted === false || !process.stderr.isTTY) return null;
    if (total !== null && total < 2) return null;
    return new Progress(total);
  }

  tick(bytes: number): void {
    this.bytes += bytes;
    this.done++;
    const secs = Math.max(0.001, (Date.now() - this.started) / 1000);
    this.bar.update(this.done, { mbps: (this.bytes / 1e6 / secs).toFixed(2) });
  }

  /** A line (an error) above the bar. */
  log(line: string): void {
    this.multi.log(line.endsWith('\n') ? line : line + '\n');
  }

  stop(): void {
    // a redraw first: it prints lines still waiting in the log buffer
    (this.multi as unknown as { update(): void }).update();
    this.multi.stop();
  }
}
