/**
 * The baseline of `npm run bench`: the same payload through bare Node HTTP hops, with no checks,
 * crypto, database or logging — requester → relay → responder, keep-alive connections.
 *   tsx bench/bare-hops.ts responder <port> <payloadBytes>
 *   tsx bench/bare-hops.ts relay <port> <responderPort>
 */
import http from 'node:http';

const [role, portText, third] = process.argv.slice(2);
const port = Number(portText);

if (role === 'responder') {
  const payload = Buffer.alloc(Number(third), 'x');
  http
    .createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': payload.length });
        response.end(payload);
      });
    })
    .listen(port, '127.0.0.1', () => process.stdout.write('ready\n'));
} else if (role === 'relay') {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  http
    .createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks);
        const forward = http.request(
          {
            host: '127.0.0.1',
            port: Number(third),
            method: 'POST',
            path: '/',
            agent,
            headers: { 'content-type': 'application/octet-stream', 'content-length': body.length },
          },
          (answer) => {
            const parts: Buffer[] = [];
            answer.on('data', (chunk: Buffer) => parts.push(chunk));
            answer.on('end', () => {
              const payload = Buffer.concat(parts);
              response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': payload.length });
              response.end(payload);
            });
          },
        );
        forward.on('error', () => {
          response.writeHead(502);
          response.end();
        });
        forward.end(body);
      });
    })
    .listen(port, '127.0.0.1', () => process.stdout.write('ready\n'));
} else {
  process.stderr.write('usage: bare-hops.ts responder <port> <bytes> | relay <port> <responderPort>\n');
  process.exit(2);
}
