import http from 'node:http';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A plain HTTP request with full control of headers (fetch refuses to set Host). */
export function request(port: number, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path ?? '/', headers: options.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Trades a browser-mode launch token for a session key, as the page does on first load. */
export async function exchangeLaunchToken(port: number, launchToken: string): Promise<string> {
  const response = await request(port, {
    method: 'POST',
    path: '/api/session',
    headers: { Host: `127.0.0.1:${port}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ token: launchToken }),
  });
  const result = JSON.parse(response.body) as { ok: boolean; value?: { sessionKey: string } };
  if (!result.ok || !result.value) throw new Error(`The launch token was refused: ${response.status} ${response.body}`);
  return result.value.sessionKey;
}
