// A worker thread: builds its processor once (the dictionary loads once per
// worker) and answers one message per article.
import { parentPort, workerData } from 'node:worker_threads';
import type { SourceText } from '../types.js';
import { makeProcessor, type TaskName, type TaskOptions } from './tasks.js';

const { name, opts } = workerData as { name: TaskName; opts: TaskOptions };
const port = parentPort!;
let process: ((s: SourceText) => unknown) | null = null;
let startError: string | null = null;
try {
  process = await makeProcessor(name, opts);
} catch (e) {
  startError = (e as Error).message;
}

port.on('message', (msg: { seq: number; source: SourceText }) => {
  if (!process) {
    port.postMessage({ seq: msg.seq, error: startError ?? 'worker failed to start' });
    return;
  }
  try {
    port.postMessage({ seq: msg.seq, result: process(msg.source) });
  } catch (e) {
    port.postMessage({ seq: msg.seq, error: (e as Error).message });
  }
});
