/** A loopback HTTP server that records each request's bytes exactly as they arrived. */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Captured {
  readonly method: string;
  /** the request target exactly as sent */
  readonly target: string;
  /** raw header names and values, values as bytes read one per character (latin1) */
  readonly rawHeaders: readonly string[];
  readonly body: Buffer;
}

export interface EchoServer {
  readonly origin: string;
  readonly requests: Captured[];
  close(): Promise<void>;
}

export async function startEchoServer(respond?: (req: IncomingMessage, body: Buffer) => { status: number; body: string }): Promise<EchoServer> {
  const requests: Captured[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      requests.push({ method: req.method ?? '', target: req.url ?? '', rawHeaders: req.rawHeaders, body });
      const answer = respond ? respond(req, body) : { status: 200, body: 'ok' };
      res.writeHead(answer.status, { 'Content-Type': 'text/plain' }).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** [name, value] pairs of a captured request, values decoded from their UTF-8 bytes. */
export function headerPairs(c: Captured): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < c.rawHeaders.length; i += 2) {
    pairs.push([c.rawHeaders[i] as string, Buffer.from(c.rawHeaders[i + 1] as string, 'latin1').toString('utf8')]);
  }
  return pairs;
}
