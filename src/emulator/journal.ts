/**
 * The request journal: one entry per request, kept in memory and optionally appended to a file as JSON
 * lines, so that tests and benchmarks count calls ("reading a zone costs one GET").
 */
import { createWriteStream, type WriteStream } from 'node:fs';

export interface JournalEntry {
  method: string;
  /** The path as received (still percent-encoded), without the query. */
  path: string;
  /** HTTP status answered; 0 when the connection was destroyed without an answer. */
  status: number;
  /** Milliseconds from the request's arrival to its answer, injected latency included. */
  ms: number;
  /** ISO-8601 time of arrival. */
  at: string;
  /** The query string without `?`, when there was one. */
  query?: string;
  /** The injected fault that decided this answer, if any (`rule`, `failOn`, `rate429`, ...). */
  fault?: string;
  /** The label of the token that authenticated the request, when it has one (never the token itself). */
  token?: string;
}

export class Journal {
  readonly entries: JournalEntry[] = [];
  private readonly stream: WriteStream | undefined;

  constructor(file?: string) {
    this.stream = file === undefined ? undefined : createWriteStream(file, { flags: 'a' });
  }

  record(entry: JournalEntry): void {
    this.entries.push(entry);
    this.stream?.write(`${JSON.stringify(entry)}\n`);
  }

  async close(): Promise<void> {
    const stream = this.stream;
    if (stream === undefined) return;
    await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
}
