import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { startTestApp, type Started } from './support/test-app.ts';

let t: Started;
let port: number;
beforeAll(async () => {
  t = await startTestApp({ idleTimeoutMs: 600, headersTimeoutMs: 1000, requestTimeoutMs: 1500 });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as net.AddressInfo).port;
});
afterAll(() => t.close());

// A valid CSRF pair, so that the request gets past the onRequest checks and its body is awaited.
const POST_HEAD = [
  'POST /api/auth/login HTTP/1.1',
  'Host: 127.0.0.1',
  'Content-Type: application/json',
  'Content-Length: 200',
  'Cookie: lx_csrf=abc',
  'x-csrf-token: abc',
  '',
  '',
].join('\r\n');

/** Opens a connection, lets `feed` write to it, and waits until the server closes it. */
function closedAfter(feed: (socket: net.Socket) => void, deadlineMs: number) {
  return new Promise<{ ms: number; received: string }>((resolve, reject) => {
    const start = Date.now();
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`still open after ${deadlineMs} ms`));
    }, deadlineMs);
    socket.on('data', (chunk) => (received += chunk.toString()));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ ms: Date.now() - start, received });
    });
    socket.on('connect', () => feed(socket));
  });
}

/** Writes one piece every `everyMs`, so the connection is never idle, until it closes. */
function trickle(socket: net.Socket, pieces: string[], everyMs: number) {
  let i = 0;
  const timer = setInterval(() => {
    if (socket.destroyed) return clearInterval(timer);
    socket.write(pieces[i++ % pieces.length]!);
  }, everyMs);
  socket.on('close', () => clearInterval(timer));
}

describe('request timeouts (issue 18 item 4)', () => {
  it('a body that stops arriving: the idle connection is closed', async () => {
    const { ms } = await closedAfter((socket) => socket.write(`${POST_HEAD}{"login":`), 5000);
    expect(ms).toBeGreaterThanOrEqual(500);
  });

  it('a body that trickles in forever: answered 408 when the request time is up', async () => {
    const { ms, received } = await closedAfter((socket) => {
      socket.write(POST_HEAD);
      trickle(socket, [' '], 100);
    }, 5000);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeGreaterThanOrEqual(1400);
  });

  it('headers that trickle in forever: answered 408 when the headers time is up', async () => {
    const { ms, received } = await closedAfter((socket) => {
      socket.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n');
      trickle(socket, ['X-Slow: 1\r\n'], 100);
    }, 5000);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeGreaterThanOrEqual(900);
  });

  it('defaults: body, headers and idle limits are set, and roomy enough for a slow upload', () => {
    const config = loadConfig({});
    expect(config.idleTimeoutMs).toBe(60_000);
    expect(config.headersTimeoutMs).toBe(20_000);
    expect(config.keepAliveTimeoutMs).toBe(72_000);
    // 10 MB at 140 kbit/s
    expect(config.requestTimeoutMs).toBeGreaterThanOrEqual(
      ((10 * 8 * 1024 * 1024) / 140_000) * 1000,
    );
    const set = loadConfig({ HTTP_IDLE_TIMEOUT_MS: '5000', HTTP_REQUEST_TIMEOUT_MS: '90000' });
    expect([set.idleTimeoutMs, set.requestTimeoutMs]).toEqual([5000, 90_000]);
  });
});
