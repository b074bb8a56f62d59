// A worker thread: builds its job runner once (the dictionary is built once
// per process and shared by all workers) and answers one message per article.
import { parentPort, workerData } from 'node:worker_threads';
import { makeJobRunner, type JobOutcome, type JobSpec, type Load } from './job.js';
import { taskSegments } from './tasks.js';

const port = parentPort!;
const spec = workerData as JobSpec;
const ready = makeJobRunner(spec, true).then(async (run) => {
  // Build (or join) the shared dictionary before the first article arrives,
  // while the main thread is still listing the inputs.
  if (taskSegments(spec.task)) (await import('../segment/index.js')).loadSegmenter();
  return run;
});
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
