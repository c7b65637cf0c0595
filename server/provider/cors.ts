import type { ServerResponse } from 'node:http';

/**
 * CORS for a public test API: any origin, no cookies. Date and WWW-Authenticate
 * are not CORS-safelisted response headers, and the app needs both (clock skew,
 * oauth_problem), so they are exposed explicitly.
 */
export function allowAnyOrigin(res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', 'Date, WWW-Authenticate, Location, X-Sigstep-Client-Auth');
}

export function answerPreflight(res: ServerResponse): void {
  res.writeHead(204, {
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type',
    'Access-Control-Max-Age': '600',
    'Content-Length': 0,
  });
  res.end();
}
