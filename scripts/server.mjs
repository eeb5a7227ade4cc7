// The production HTTP server: Next.js request handling behind a thin layer that decides the client
// address (X-Forwarded-For is overwritten with the address we trust, TRUST_PROXY_HOPS) and refuses
// oversized request bodies before they reach the app.
import http from 'node:http';
import next from 'next';

const port = Number(process.env.PORT ?? 3000);
// Not HOSTNAME: container runtimes set it to the container id. Next itself is not told the bind address:
// given a specific one, it treats the proxy's rewrite to another host name as external and loops.
const hostname = process.env.RELASI_BIND_HOST || '0.0.0.0';
const hops = Math.max(0, Number(process.env.TRUST_PROXY_HOPS ?? 0) || 0);
const MAX_BODY = 12 * 1024 * 1024; // uploads stream through /api/uploads with their own, lower limits

function clientIp(req) {
  const socketIp = req.socket.remoteAddress ?? 'unknown';
  if (hops === 0) return socketIp;
  const chain = String(req.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  chain.push(socketIp);
  // The right-most `hops` entries were added by proxies we run; the one before them is the client.
  return chain[Math.max(0, chain.length - 1 - hops)] ?? socketIp;
}

const app = next({ dev: false, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  req.headers['x-forwarded-for'] = clientIp(req);
  // Never let a client pretend to be an internal sub-request (CVE-2025-29927 class).
  delete req.headers['x-middleware-subrequest'];
  const length = Number(req.headers['content-length'] ?? 0);
  if (length > MAX_BODY) {
    res.writeHead(413, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
    res.end('Payload Too Large');
    req.destroy();
    return;
  }
  handle(req, res);
});
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => {
  process.send?.({ ready: true, port });
});

for (const sig of ['SIGTERM', 'SIGINT']) {
  process.on(sig, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
