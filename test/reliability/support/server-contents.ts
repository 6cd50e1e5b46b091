/**
 * Everything a server holds that a plan could change, read over its own API (bulk reads, assets, notifications):
 * equal snapshots before and after a command mean the command changed nothing, whatever requests it sent.
 */
export async function serverContents(url: string, apiKey?: string): Promise<string> {
  const headers: Record<string, string> = apiKey ? { authorization: `Basic ${Buffer.from(`kmfddm:${apiKey}`).toString('base64')}` } : {};
  const get = async (p: string): Promise<unknown> => {
    const res = await fetch(`${url}${p}`, { headers });
    if (res.status !== 200) throw new Error(`GET ${p} answered ${res.status}`);
    return res.json();
  };
  const declarations = (await get('/v1/bulk/declarations?limit=5000')) as { declarations: unknown[]; next_cursor?: string };
  if (declarations.next_cursor) throw new Error('more than 5000 declarations: serverContents reads one page');
  const assets = ((await get('/v1/assets')) as { name: string; sha256: string; content_type: string }[]).map((a) => [a.name, a.sha256, a.content_type]);
  return JSON.stringify({
    declarations: declarations.declarations,
    sets: await get('/v1/bulk/sets'),
    assets,
    notifications: await get('/v1/notifications'),
  });
}
