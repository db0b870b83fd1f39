/**
 * The CLI's standard output and standard error.
 *
 * On Linux and macOS the text is written to the file descriptor directly,
 * as Node's own streams do for a file or a terminal: the CLI prints its
 * report once, at the end, and then exits. That keeps process.stdout, and
 * the stream machinery behind it, out of a run that does not need it. A
 * descriptor that cannot take the text at once (a non-blocking pipe whose
 * reader is behind, EAGAIN) is handed to the Node stream with what is left,
 * and everything written after goes the same way, in order. On Windows the
 * stream is always used: it writes to a console in UTF-16, where the
 * descriptor would take bytes in the console's code page.
 *
 * Output that cannot be written is reported, not thrown: a reader that
 * closed the pipe (`compact-lint … | head`) wanted no more, and is not a
 * failure; any other error (a full disk, a closed descriptor) is kept as
 * `failure`, for the caller to report, since a CI job must not take a
 * truncated report for a clean one. Nothing more is written after either.
 */
import { writeSync } from 'node:fs';

export interface OutputOptions {
  /** Write to the descriptor directly (default: everywhere but Windows). */
  readonly direct?: boolean;
  /** For tests: what writes to the descriptor. */
  readonly writeSync?: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
}

export class Output {
  readonly #fd: number;
  readonly #stream: () => NodeJS.WritableStream;
  readonly #writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
  /** The stream, once the descriptor has been handed to it. */
  #streamInUse: NodeJS.WritableStream | undefined;
  #closed = false;
  #failure: Error | undefined;

  /** `stream` is called at most once, when the stream is first needed (process.stdout builds it on first use). */
  constructor(fd: number, stream: () => NodeJS.WritableStream, options: OutputOptions = {}) {
    this.#fd = fd;
    this.#stream = stream;
    this.#writeSync = options.writeSync ?? writeSync;
    if (!(options.direct ?? process.platform !== 'win32')) this.#useStream();
  }

  /** The error that lost output, other than a closed pipe. */
  get failure(): Error | undefined {
    return this.#failure;
  }

  write(text: string): void {
    if (this.#closed || text.length === 0) return;
    if (this.#streamInUse) {
      this.#streamInUse.write(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    while (written < bytes.length) {
      try {
        written += this.#writeSync(this.#fd, bytes, written, bytes.length - written);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
          this.#useStream().write(bytes.subarray(written));
        } else this.#fail(e);
        return;
      }
    }
  }

  /** Calls `done` once everything written has been taken (at once, unless the stream is in use). */
  end(done: () => void): void {
    if (!this.#streamInUse || this.#closed) {
      done();
      return;
    }
    // A broken stream calls back with its error; 'error' listeners keep it from being thrown.
    this.#streamInUse.write('', () => done());
  }

  #useStream(): NodeJS.WritableStream {
    const stream = this.#stream();
    stream.on('error', (e: unknown) => this.#fail(e));
    this.#streamInUse = stream;
    return stream;
  }

  #fail(e: unknown): void {
    this.#closed = true;
    if ((e as NodeJS.ErrnoException).code !== 'EPIPE') this.#failure ??= e instanceof Error ? e : new Error(String(e));
  }
}
