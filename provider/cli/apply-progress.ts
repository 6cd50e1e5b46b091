import type { ApplyEvent } from '../engine/apply';
import { scrubSecrets } from '../core/secret-scrubber';

/** Where progress goes: process.stdout, or anything with the same two members (tests). */
export interface ProgressStream {
  isTTY?: boolean;
  write(chunk: string): boolean;
}

/**
 * Apply progress. Without a terminal: one plain line per finished resource (`<address>: done` /
 * `<address>: FAILED: <error>`), a format scripts and tests parse, so it does not change. On a terminal the same lines
 * are printed above a live line that is rewritten in place (\r) with the running counts, and cleared at the end.
 */
export class ApplyProgress {
  private readonly live: boolean;
  private total = 0;
  private done = 0;
  private failed = 0;
  private shown = false;

  constructor(private readonly stream: ProgressStream) {
    this.live = stream.isTTY === true;
  }

  onEvent = (event: ApplyEvent): void => {
    if (event.kind === 'start') {
      this.total++;
      this.redraw();
      return;
    }
    if (event.kind === 'done') this.done++;
    else this.failed++;
    this.clear();
    this.stream.write(event.kind === 'done' ? `${event.address}: done\n` : `${event.address}: FAILED: ${scrubSecrets(event.error)}\n`);
    this.redraw();
  };

  /** Removes the live line; the caller prints the summary next. */
  finish(): void {
    this.clear();
  }

  private redraw(): void {
    if (!this.live) return;
    const finished = this.done + this.failed;
    this.stream.write(`\r\u001b[2KApplying: ${finished}/${this.total} resources finished, ${this.done} done, ${this.failed} failed…`);
    this.shown = true;
  }

  private clear(): void {
    if (!this.live || !this.shown) return;
    this.stream.write('\r\u001b[2K');
    this.shown = false;
  }
}
