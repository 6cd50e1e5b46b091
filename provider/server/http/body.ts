import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error';
import { MAX_JSON_DEPTH, jsonNestsDeeperThan } from './json-depth';

/**
 * Past the limit we keep reading (and discarding) up to this many more bytes, so the client, still sending, receives
 * the 413 instead of a reset connection; beyond that the connection is closed.
 */
const DRAIN_ALLOWANCE = 8 * 1024 * 1024;

/** Reads the whole request body, refusing (413) anything over `limit` bytes without keeping it. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const tooLarge = (close: boolean): HttpError =>
    new HttpError(413, `Request body exceeds the limit of ${limit} bytes.`, {}, close);
  const declared = req.headers['content-length'] !== undefined ? Number(req.headers['content-length']) : undefined;
  if (declared !== undefined && declared > limit + DRAIN_ALLOWANCE) return Promise.reject(tooLarge(true));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > limit) {
        over = true;
        chunks.length = 0;
        if (received > limit + DRAIN_ALLOWANCE) {
          req.removeAllListeners('data');
          req.pause();
          reject(tooLarge(true));
        }
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => (over ? reject(tooLarge(false)) : resolve(Buffer.concat(chunks, received))));
    req.on('error', (err) => reject(new HttpError(400, `Reading the request body failed: ${err.message}`, {}, true)));
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Parses a JSON body; malformed JSON, invalid UTF-8, nesting over MAX_JSON_DEPTH or an empty body is a 400. */
export function parseJsonBody(body: Buffer): unknown {
  if (body.length === 0) throw new HttpError(400, 'The request body is empty; a JSON document was expected.');
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw new HttpError(400, 'The request body is not valid UTF-8.');
  }
  if (jsonNestsDeeperThan(text, MAX_JSON_DEPTH)) {
    throw new HttpError(400, `The request body nests JSON more than ${MAX_JSON_DEPTH} levels deep.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new HttpError(400, `The request body is not valid JSON: ${(err as Error).message}`);
  }
}
