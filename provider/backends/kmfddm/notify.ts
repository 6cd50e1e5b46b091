import { NotifyTarget } from '../contract';
import { HttpClient } from '../http/http-client';

/**
 * One POST /v1/notify per set and per enrollment, each sent once. KMFDDM resolves a set to its enrollments and
 * enqueues a DeclarativeManagement command on the MDM server; it answers 204 even when the MDM server refused the
 * enqueue (it only logs that), so a 204 proves KMFDDM accepted the notification, not that devices were reached.
 * Notify is a POST and is never retried: a lost answer must not become a second push.
 */
export async function notify(client: HttpClient, target: NotifyTarget): Promise<number> {
  const calls: Record<string, string>[] = [
    ...unique(target.declarations).map((declaration) => ({ declaration })),
    ...unique(target.sets).map((set) => ({ set })),
    ...unique(target.enrollmentIds).map((id) => ({ id })),
  ];
  for (const query of calls) {
    await client.request({ method: 'POST', path: 'v1/notify', query, expect: [200, 204] });
  }
  return calls.length;
}

function unique(values: readonly string[] | undefined): string[] {
  return [...new Set(values ?? [])].sort();
}
