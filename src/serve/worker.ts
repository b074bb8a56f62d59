// A service worker thread: like the CLI's (pipeline/worker.ts) but each job
// names its own command and options, so one pool serves every route. Runners
// are built once per distinct job and kept; the dictionary is built once per
// process and shared by all threads.
import { parentPort, workerData } from 'node:worker_threads';
import { makeJobRunner, type JobOutcome, type JobSpec, type Load } from '../pipeline/job.js';

type Runner = (load: Load) => Promise<JobOutcome>;

const port = parentPort!;
const runners = new Map<string, Promise<Runner>>();
/** Distinct jobs are few (command × options); the bound only guards against a client cycling options. */
const MAX_RUNNERS = 64;

/** Test hook: a text containing this marker makes the worker die, as an out-of-memory would. */
const crashMark = process.env.WENXI_SERVE_CRASH_MARK;

function runnerFor(spec: JobSpec): Promise<Runner> {
  const key = JSON.stringify(spec);
  let r = runners.get(key);
  if (!r) {
    if (runners.size >= MAX_RUNNERS) runners.clear();
    r = makeJobRunner(spec, true);
    r.catch(() => undefined); // reported per message below
    runners.set(key, r);
  }
  return r;
}

// Built now, not at the first request: a worker that replaces a stopped one
// is ready sooner. (The dictionary itself is already in the process.)
void runnerFor(workerData as JobSpec);

port.on('message', async (msg: { seq: number; load: Load; spec?: JobSpec }) => {
  if (crashMark && msg.load.kind === 'source' && msg.load.source.text.includes(crashMark)) process.exit(70);
  let outcome: JobOutcome;
  try {
    outcome = await (await runnerFor(msg.spec ?? (workerData as JobSpec)))(msg.load);
  } catch (e) {
    outcome = { ok: false, message: (e as Error).message };
  }
  port.postMessage({ seq: msg.seq, outcome });
});
