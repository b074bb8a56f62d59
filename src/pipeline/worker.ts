// A worker thread: builds its job runner once (the dictionary is built once
// per process and shared by all workers) and answers one message per article.
import { parentPort, workerData } from 'node:worker_threads';
import { makeJobRunner, type JobOutcome, type JobSpec, type Load } from './job.js';

const port = parentPort!;
const ready = makeJobRunner(workerData as JobSpec, true);
ready.catch(() => undefined); // reported per message below

port.on('message', async (msg: { seq: number; load: Load }) => {
  let outcome: JobOutcome;
  try {
    outcome = await (await ready)(msg.load);
  } catch (e) {
    outcome = { ok: false, message: (e as Error).message };
  }
  port.postMessage({ seq: msg.seq, outcome });
});
