import { NotifyTarget } from '../contract';
import { HttpClient } from '../http/http-client';

/**
 * One POST /v1/notify per set and per enrollment, each sent once. KMFDDM resolves a set to its enrollments and
 * enqueues a DeclarativeManagement command on the MDM server; it answers 204 even when the MDM server refused the
 * enqueue (it only logs that), so a 204 proves KMFDDM accepted the notification, not that devices were reached.
 * Notify is a POST but safe to repeat: its only effect is a DeclarativeManagement command asking devices to sync,
 * and a second one costs a device one tokens request that finds nothing new. So it is retried like an idempotent
 * request (429/503 with Retry-After, resets); a notify lost for good would leave devices unsynced until their
 * next check-in, since a re-run of apply plans no change and notifies nobody.
 */
export async function notify(client: HttpClient, target: NotifyTarget): Promise<number> {
  const calls: Record<string, string>[] = [
    ...unique(target.declarations).map((declaration) => ({ declaration })),
    ...unique(target.sets).map((set) => ({ set })),
    ...unique(target.enrollmentIds).map((id) => ({ id })),
  ];
  for (const query of calls) {
    await client.request({ method: 'POST', path: 'v1/notify', query, expect: [200, 204], idempotent: true });
  }
  return calls.length;
}

function unique(values: readonly string[] | undefined): string[] {
  return [...new Set(values ?? [])].sort();
}
