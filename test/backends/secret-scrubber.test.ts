import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HttpClient } from '../../provider/backends/http/http-client';
import { HttpStatusError } from '../../provider/backends/http/http-errors';
import { REDACTED, SecretScrubber, scrubSecrets } from '../../provider/core/secret-scrubber';
import { displayServerUrl, secretsInUrl, serverBaseUrl } from '../../provider/core/server-url';
import { scriptedServer, type Step } from './support/scripted-server';

/**
 * Every spelling a server may echo a credential in, for canary keys made of the characters that change between
 * encodings. The encodings are written out here independently of the scrubber, so a spelling it does not know fails.
 */
const KEYS = [
  'Kq"b\\sQ-canary-1',
  'plus+slash/percent%25-canary-2',
  'two  spaces and\ttab "quoted" \\ back-canary-3',
  '<amp&gt>=%2F+ /\\"-canary-4',
  "ümlaut!*'()~ é-canary-5",
];
const USER = 'kmfddm';
const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

/** Go's encoding/json string escaping (HTML-safe), written out by hand. */
function goJson(s: string): string {
  return [...s]
    .map((c) => {
      if (c === '"' || c === '\\') return `\\${c}`;
      if (c === '\t') return '\\t';
      if (c === '<') return '\\u003c';
      if (c === '>') return '\\u003e';
      if (c === '&') return '\\u0026';
      return c;
    })
    .join('');
}

const ENCODINGS: { name: string; encode: (key: string) => string }[] = [
  { name: 'raw', encode: (k) => k },
  { name: 'JSON-escaped (JavaScript)', encode: (k) => JSON.stringify(k).slice(1, -1) },
  { name: 'JSON-escaped (Go, HTML-safe)', encode: goJson },
  { name: 'JSON-escaped with escaped slashes (PHP)', encode: (k) => JSON.stringify(k).slice(1, -1).replace(/\//g, '\\/') },
  { name: 'JSON-escaped twice (a JSON document quoted in a JSON error)', encode: (k) => JSON.stringify(JSON.stringify(k).slice(1, -1)).slice(1, -1) },
  { name: 'URL-encoded (component)', encode: (k) => encodeURIComponent(k) },
  { name: 'URL-encoded (lower-case hex)', encode: (k) => encodeURIComponent(k).replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase()) },
  { name: 'form-encoded (space as +)', encode: (k) => new URLSearchParams({ k }).toString().slice(2) },
  { name: "URL-encoded strictly (Go's QueryEscape)", encode: (k) => encodeURIComponent(k).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).replace(/%20/g, '+') },
  { name: "JSON-escaped to ASCII (Python's json.dumps)", encode: (k) => JSON.stringify(k).slice(1, -1).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) },
  { name: 'base64 of Basic user:key', encode: (k) => b64(`${USER}:${k}`) },
  { name: 'base64 of Basic user:key, unpadded', encode: (k) => b64(`${USER}:${k}`).replace(/=+$/, '') },
  { name: 'base64 of the key', encode: (k) => b64(k) },
  { name: 'base64url of Basic user:key', encode: (k) => Buffer.from(`${USER}:${k}`).toString('base64url') },
];

for (const key of KEYS) {
  for (const { name, encode } of ENCODINGS) {
    test(`scrubber: ${name} of ${JSON.stringify(key)}`, () => {
      const scrubber = new SecretScrubber([key], [USER]);
      const spelled = encode(key);
      const out = scrubber.scrub(`before ${spelled} after`);
      assert.equal(out, `before ${REDACTED} after`);
    });
  }
}

test('scrubber: text without a secret is left alone', () => {
  const scrubber = new SecretScrubber([KEYS[0]], [USER]);
  assert.equal(scrubber.scrub('GET /v1/declarations answered HTTP 404: {"error":"not found"}'), 'GET /v1/declarations answered HTTP 404: {"error":"not found"}');
});

/** A server that answers 400 with `body(request)`. */
const echo = (body: (req: Parameters<Step>[0]) => string): Step => (req, res) => res.writeHead(400, { 'content-type': 'application/json' }).end(body(req));

for (const key of KEYS) {
  test(`http client: an error quoting ${JSON.stringify(key)} in any encoding, anywhere in the body, never shows it`, async () => {
    const bodies: string[] = [];
    const steps: Step[] = [
      // As in the issue: the key echoed inside a JSON error.
      echo(() => JSON.stringify({ error: `bad ${key}` })),
      echo((req) => JSON.stringify({ error: 'unauthorized', header: req.headers.authorization })),
      echo(() => `${'x'.repeat(290)} ${JSON.stringify(key)}`), // straddles the excerpt's cut
      echo(() => `${' \n'.repeat(5000)}${key}`), // whitespace folded after the cut point
      echo(() => `key=${encodeURIComponent(key)}&form=${new URLSearchParams({ k: key }).toString()}`),
    ];
    for (const step of steps) {
      const server = await scriptedServer([step]);
      const http = new HttpClient({ baseUrl: server.url, basicAuth: { user: USER, password: key } });
      try {
        await assert.rejects(http.request({ method: 'GET', path: 'version' }), (err: unknown) => {
          assert.ok(err instanceof HttpStatusError);
          bodies.push(err.message);
          return true;
        });
      } finally {
        http.close();
        await server.close();
      }
    }
    for (const message of bodies) {
      for (const { encode } of ENCODINGS) assert.ok(!message.includes(encode(key)), `leaks ${encode(key)} in: ${message}`);
      // No recognisable fragment either (a cut key, or one whose spaces were folded).
      assert.ok(!message.includes(key.slice(0, 8)) && !message.includes(key.replace(/\s+/g, ' ')), message);
      assert.ok(!message.includes('canary'), message);
    }
  });
}

test('server URL: credentials in the userinfo and the query string are never shown, and are scrubbed', () => {
  const url = 'https://admin:p%40ss-canary-5@mdm.example.com:8443/kmfddm/?api_key=Kq%22b%5C-canary-6&debug=1#frag';
  const shown = displayServerUrl(url);
  assert.equal(shown, 'https://mdm.example.com:8443/kmfddm/?api_key=[redacted]&debug=[redacted]');
  assert.equal(serverBaseUrl(url), 'https://mdm.example.com:8443/kmfddm/');
  const secrets = secretsInUrl(url);
  assert.ok(secrets.includes('Kq"b\\-canary-6') && secrets.includes('p@ss-canary-5'), secrets.join(' '));
  assert.ok(!secrets.includes('1'), 'a short anonymous value is not treated as a secret');
  assert.equal(displayServerUrl('http://127.0.0.1:8080'), 'http://127.0.0.1:8080', 'a URL with nothing to hide is shown as written');
  assert.equal(displayServerUrl('not a url?token=abc-canary-7'), 'not a url');
});

test('the process-wide scrub covers every client created in the process, including secrets from its URL', () => {
  const http = new HttpClient({ baseUrl: 'http://127.0.0.1:1/?token=zz-canary-8' });
  http.close();
  assert.equal(scrubSecrets(`echo ${encodeURIComponent('zz-canary-8')}`), `echo ${REDACTED}`);
});
