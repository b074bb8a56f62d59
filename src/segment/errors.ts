/** A user dictionary that cannot be used: unreadable, not UTF-8, or a malformed line. */
export class UserDictError extends Error {
  /** the dictionary file as given */
  readonly path: string;
  /** 1-based line number of the bad entry; null when the whole file is at fault */
  readonly line: number | null;

  constructor(path: string, line: number | null, reason: string) {
    super(line === null ? `${path}: ${reason}` : `${path}:${line}: ${reason}`);
    this.name = 'UserDictError';
    this.path = path;
    this.line = line;
  }
}
