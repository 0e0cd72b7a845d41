import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Started } from './support/test-app.ts';

// The built SPAs as the server sends them (issue 19): a file's brotli or gzip copy made at build
// time (scripts/vite-precompress.ts) when the browser accepts it, the file itself otherwise; the
// hashed assets cached for a year, index.html revalidated; HEAD answered like GET.

const INDEX =
  '<!doctype html><html lang="zh-CN"><head><title>律协会员服务平台</title></head>' +
  '<body><div id="root"></div><script type="module" src="/assets/index-abc123.js"></script></body></html>';
const SCRIPT = `console.log(${JSON.stringify('律协'.repeat(400))});\n`;

let t: Started;
let dist: string;

/** A built SPA: index.html and one hashed script, each with its .br and .gz copies. */
async function writeSpa(root: string, index: string) {
  await mkdir(path.join(root, 'assets'), { recursive: true });
  for (const [name, body] of [
    ['index.html', index],
    ['assets/index-abc123.js', SCRIPT],
  ] as const) {
    const file = path.join(root, name);
    await writeFile(file, body);
    await writeFile(`${file}.br`, brotliCompressSync(body));
    await writeFile(`${file}.gz`, gzipSync(body));
  }
}

beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'lx-static-'));
  await writeSpa(path.join(dist, 'web'), INDEX);
  await writeSpa(path.join(dist, 'admin'), INDEX.replace('律协会员服务平台', '管理后台'));
  t = await startTestApp({
    webDist: path.join(dist, 'web'),
    adminDist: path.join(dist, 'admin'),
  });
});
afterAll(async () => {
  await t.close();
  await rm(dist, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}, method: 'GET' | 'HEAD' = 'GET') =>
  t.app.inject({ method, url, headers });

describe('compressed static responses', () => {
  it('sends the brotli copy to a browser that accepts br, with Content-Encoding and Vary', async () => {
    const res = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^(application|text)\/javascript/);
    expect(String(res.headers.vary).toLowerCase()).toContain('accept-encoding');
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(SCRIPT);
    expect(res.rawPayload.length).toBeLessThan(Buffer.byteLength(SCRIPT));
  });

  it('sends the gzip copy to a browser that accepts only gzip', async () => {
    const res = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(String(res.headers.vary).toLowerCase()).toContain('accept-encoding');
    expect(gunzipSync(res.rawPayload).toString()).toBe(SCRIPT);
  });

  it('sends the file itself when no encoding is accepted', async () => {
    for (const headers of [{}, { 'accept-encoding': 'identity' }] as Record<string, string>[]) {
      const res = await get('/assets/index-abc123.js', headers);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(String(res.headers.vary).toLowerCase()).toContain('accept-encoding');
      expect(res.body).toBe(SCRIPT);
    }
  });

  it('compresses index.html for the SPA routes too, and not the .br copies as files of their own', async () => {
    for (const url of ['/', '/login', '/certificates/apply', '/admin/', '/admin/certificates']) {
      const res = await get(url, { 'accept-encoding': 'br, gzip' });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(res.headers['content-type'], url).toMatch(/^text\/html/);
      expect(brotliDecompressSync(res.rawPayload).toString(), url).toContain(
        url.startsWith('/admin') ? '管理后台' : '律协会员服务平台',
      );
    }
    const plain = await get('/login');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(INDEX);
    expect((await get('/assets/index-abc123.js.br')).statusCode).toBe(404);
  });
});

describe('caching', () => {
  it('keeps a year of immutable caching for the hashed assets, in every encoding', async () => {
    for (const encoding of ['br', 'gzip', 'identity']) {
      const res = await get('/assets/index-abc123.js', { 'accept-encoding': encoding });
      expect(res.headers['cache-control'], encoding).toBe('public, max-age=31536000, immutable');
      expect(res.headers.etag, encoding).toBeDefined();
    }
    const admin = await get('/admin/assets/index-abc123.js', { 'accept-encoding': 'br' });
    expect(admin.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('has index.html revalidated on every visit', async () => {
    for (const url of ['/', '/login', '/admin/']) {
      for (const encoding of ['br', 'identity']) {
        const res = await get(url, { 'accept-encoding': encoding });
        expect(res.headers['cache-control'], `${url} ${encoding}`).toBe('no-cache');
      }
    }
  });
});

describe('HEAD', () => {
  it('answers HEAD / and a client-side route like GET: same status and headers, no body', async () => {
    for (const url of ['/', '/login', '/admin/', '/assets/index-abc123.js']) {
      for (const encoding of ['br', 'gzip', 'identity']) {
        const headers = { 'accept-encoding': encoding };
        const [getRes, headRes] = [await get(url, headers), await get(url, headers, 'HEAD')];
        expect(headRes.statusCode, `${url} ${encoding}`).toBe(getRes.statusCode);
        expect(headRes.statusCode).toBe(200);
        for (const name of [
          'content-type',
          'content-encoding',
          'content-length',
          'cache-control',
          'vary',
          'etag',
        ]) {
          expect(headRes.headers[name], `${url} ${encoding} ${name}`).toEqual(getRes.headers[name]);
        }
        expect(headRes.body, `${url} ${encoding}`).toBe('');
      }
    }
  });

  it('still answers an unknown API path with 404', async () => {
    expect((await get('/api/no-such-thing', {}, 'HEAD')).statusCode).toBe(404);
    expect((await get('/api/no-such-thing')).statusCode).toBe(404);
  });
});
