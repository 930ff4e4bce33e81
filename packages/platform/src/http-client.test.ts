import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { requestText } from './http-client.ts';

let server: http.Server;
let base: string;
const remotePorts = new Set<number>();

before(async () => {
  server = http.createServer((request, response) => {
    remotePorts.add(request.socket.remotePort ?? 0);
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.url === '/slow') return void setTimeout(() => response.end('late'), 2_000);
      if (request.url === '/huge') return void response.end(Buffer.alloc(3 * 1024 * 1024, 'x'));
      response.writeHead(request.url === '/refused' ? 403 : 200, { 'content-type': 'text/plain' });
      response.end(`${request.method} ${request.headers['content-type'] ?? '-'} ${Buffer.concat(chunks).toString('utf8')}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

test('posts a text body and reads the status and the whole answer as text', async () => {
  const response = await requestText(`${base}/x`, { method: 'POST', headers: { 'content-type': 'application/jose' }, body: 'a.b.c — é' });
  assert.equal(response.status, 200);
  assert.equal(response.ok, true);
  assert.equal(await response.text(), 'POST application/jose a.b.c — é');
});

test('a refusal is an answer with its status, not an error', async () => {
  const response = await requestText(`${base}/refused`, { method: 'POST', body: '{}' });
  assert.equal(response.status, 403);
  assert.equal(response.ok, false);
});

test('sequential requests reuse one kept-alive connection', async () => {
  remotePorts.clear();
  for (let i = 0; i < 5; i += 1) await (await requestText(`${base}/x`)).text();
  assert.equal(remotePorts.size, 1, `one connection expected, saw ${remotePorts.size}`);
});

test('the abort signal ends a request that takes too long', async () => {
  await assert.rejects(requestText(`${base}/slow`, { signal: AbortSignal.timeout(100) }));
});

test('an unreachable server and an oversized answer are errors', async () => {
  const closed = http.createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  await assert.rejects(requestText(`http://127.0.0.1:${port}/`));
  await assert.rejects(requestText(`${base}/huge`), /too large/);
});
