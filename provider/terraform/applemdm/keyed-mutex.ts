/**
 * One queue per key inside this process: work for a key runs after the work queued for it before. Terraform applies
 * resources in parallel, and each recomputes the activation of the sets it touched from the server's membership;
 * serialising per set keeps one resource's read-then-write from interleaving with another's.
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(work, work);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
