/** A problem with one input: reported as `wenxi: <path>: <message>`, the run goes on. */
export class InputError extends Error {
  readonly path: string;
  constructor(path: string, message: string) {
    super(message);
    this.name = 'InputError';
    this.path = path;
  }
}

/** A problem with how wenxi was called: reported on stderr, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
