// A local stand-in for the Resend API (POST /emails), reached through RESEND_BASE_URL or
// resendTransport(key, url). Like Resend it de-duplicates on the Idempotency-Key header: a repeated
// key returns the first answer's id and sends nothing new. Each request's outcome is scriptable
// per key and attempt, so a test can play "500 ×3, then a timeout, then 429, then 200".
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An HTTP status to answer with; 'timeout' accepts the e-mail (as a slow provider may have) but
 * never answers; 'slow' accepts it and answers 200 after `slowMs`.
 */
export type StubOutcome = 200 | 400 | 401 | 409 | 422 | 429 | 500 | 502 | 503 | 'timeout' | 'slow';

export type StubRequest = { key: string | null; attempt: number; at: number; to: string; subject: string; outcome: StubOutcome | 'deduplicated' | 'concurrent' };

export type ResendStub = {
  url: string;
  /** Decides each request's outcome; `attempt` counts this key's requests from 0. Default: 200. */
  script: (key: string, attempt: number) => StubOutcome;
  slowMs: number;
  requests: StubRequest[];
  /** Idempotency-Key → the e-mail actually sent for it (a repeated key sends nothing new). */
  sent: Map<string, { id: string; to: string; subject: string }>;
  /** E-mails sent without an Idempotency-Key: nothing would stop those from going out twice. */
  unkeyed: Array<{ to: string; subject: string }>;
  /** Requests seen for one key. */
  attemptsFor(key: string): number;
  /** Requests currently held open (timeouts and slow answers). */
  inFlight(): number;
  reset(): void;
  close(): Promise<void>;
};

const ERRORS: Record<number, string> = {
  400: 'validation_error',
  401: 'missing_api_key',
  409: 'concurrent_idempotent_requests',
  422: 'validation_error',
  429: 'rate_limit_exceeded',
  500: 'internal_server_error',
  502: 'application_error',
  503: 'application_error',
};

function json(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

export async function startResendStub(): Promise<ResendStub> {
  const attempts = new Map<string, number>();
  const pendingKeys = new Set<string>();
  let open = 0;

  const stub: ResendStub = {
    url: '',
    script: () => 200,
    slowMs: 1000,
    requests: [],
    sent: new Map(),
    unkeyed: [],
    attemptsFor: (key) => attempts.get(key) ?? 0,
    inFlight: () => open,
    reset() {
      attempts.clear();
      pendingKeys.clear();
      stub.requests.length = 0;
      stub.sent.clear();
      stub.unkeyed.length = 0;
      stub.script = () => 200;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  /** Records the e-mail under its key unless that key already sent one (Resend's de-duplication). */
  const accept = (key: string, to: string, subject: string) => {
    const existing = stub.sent.get(key);
    if (existing) return existing.id;
    const id = randomUUID();
    stub.sent.set(key, { id, to, subject });
    return id;
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/emails') return json(res, 404, { statusCode: 404, name: 'not_found', message: 'Not found' });
      if (req.headers.authorization !== 'Bearer re_test') return json(res, 401, { statusCode: 401, name: 'missing_api_key', message: 'Missing API key' });
      let body: { to?: string | string[]; subject?: string; html?: string } = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return json(res, 400, { statusCode: 400, name: 'validation_error', message: 'Invalid JSON' });
      }
      const to = Array.isArray(body.to) ? body.to.join(',') : String(body.to ?? '');
      const subject = String(body.subject ?? '');
      const key = (req.headers['idempotency-key'] as string | undefined) ?? null;
      const record = (attempt: number, outcome: StubRequest['outcome']) => stub.requests.push({ key, attempt, at: Date.now(), to, subject, outcome });
      if (!key) {
        // Without a key nothing protects against a double send; tests assert this never happens.
        record(0, 200);
        stub.unkeyed.push({ to, subject });
        return json(res, 200, { id: randomUUID() });
      }
      const attempt = attempts.get(key) ?? 0;
      attempts.set(key, attempt + 1);
      if (pendingKeys.has(key)) {
        record(attempt, 'concurrent');
        return json(res, 409, { statusCode: 409, name: 'concurrent_idempotent_requests', message: 'Same idempotency key in progress' });
      }
      // Rate limits and server errors come before the idempotency layer, so they are scripted freely.
      const outcome = stub.script(key, attempt);
      if (outcome === 200) {
        // Resend answers a repeated key with the original response and sends nothing new.
        record(attempt, stub.sent.has(key) ? 'deduplicated' : 200);
        return json(res, 200, { id: accept(key, to, subject) });
      }
      record(attempt, outcome);
      if (outcome === 'timeout' || outcome === 'slow') {
        const id = accept(key, to, subject);
        pendingKeys.add(key);
        open++;
        let done = false;
        const finish = () => {
          if (done) return;
          done = true;
          open--;
          pendingKeys.delete(key);
        };
        res.on('close', finish);
        if (outcome === 'slow') {
          setTimeout(() => {
            finish();
            if (!res.writableEnded && !res.destroyed) json(res, 200, { id });
          }, stub.slowMs);
        }
        return;
      }
      return json(res, outcome, { statusCode: outcome, name: ERRORS[outcome] ?? 'application_error', message: `scripted ${outcome}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return stub;
}
