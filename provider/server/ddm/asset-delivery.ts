/**
 * Whether any of the given declaration payloads points a device at the hosted asset `name`: a string URL whose path
 * ends in `/assets/<name>` (a legacy declaration's ProfileURL, an asset declaration's DataURL). An enrollment may
 * download an asset only when a declaration of its own sets delivers it, so a device cannot read another group's
 * profiles by guessing names. The walk is iterative: payloads come from the store, but stay cheap whatever they hold.
 */
export function deliversAsset(payloads: unknown[], name: string): boolean {
  const stack: unknown[] = [...payloads];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (namesAsset(v, name)) return true;
    } else if (Array.isArray(v)) {
      stack.push(...v);
    } else if (v !== null && typeof v === 'object') {
      stack.push(...Object.values(v));
    }
  }
  return false;
}

function namesAsset(value: string, name: string): boolean {
  if (!value.includes('/assets/')) return false;
  let segments: string[];
  try {
    segments = new URL(value).pathname.split('/');
  } catch {
    return false;
  }
  if (segments.length < 2 || segments[segments.length - 2] !== 'assets') return false;
  try {
    return decodeURIComponent(segments[segments.length - 1]) === name;
  } catch {
    return false;
  }
}
