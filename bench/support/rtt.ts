import { HttpClient } from '../../provider/backends/http/http-client';
import { summarize } from './stats';

/** Median time of one GET /version on this path, over the same client stack (keep-alive) the plan uses. */
export async function measureRtt(url: string, samples = 20): Promise<number> {
  const client = new HttpClient({ baseUrl: url });
  try {
    await client.request({ method: 'GET', path: 'version' });
    const times: number[] = [];
    for (let i = 0; i < samples; i++) {
      const start = performance.now();
      await client.request({ method: 'GET', path: 'version' });
      times.push(performance.now() - start);
    }
    return summarize(times).median;
  } finally {
    client.close();
  }
}
