// A progress bar on stderr for runs over many inputs, only on a terminal.
import type cliProgressTypes from 'cli-progress';
import { lazy } from '../util/lazy.js';

const cliProgress = lazy<typeof cliProgressTypes>('cli-progress');

export class Progress {
  private readonly bar: cliProgressTypes.SingleBar;
  private readonly started = Date.now();
  private bytes = 0;
  private done = 0;

  private constructor(total: number | null) {
    const { SingleBar, Presets } = cliProgress();
    this.bar = new SingleBar(
      {
        stream: process.stderr,
        format:
          total === null
            ? 'wenxi {value} articles | {mbps} MB/s'
            : 'wenxi [{bar}] {value}/{total} articles | {mbps} MB/s | ETA {eta_formatted}',
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 50,
        fps: 5,
      },
      Presets.shades_classic,
    );
    this.bar.start(total ?? 0, 0, { mbps: '0.00' });
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

  /** Print a line (an error) without tearing the bar. */
  interrupt(fn: () => void): void {
    process.stderr.write('\r\x1b[K');
    fn();
    this.bar.render?.();
  }

  stop(): void {
    this.bar.stop();
  }
}
