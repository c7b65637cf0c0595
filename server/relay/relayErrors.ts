import type { ServerResponse } from 'node:http';
import { sendJson } from '../shared/respond.ts';

/** Every way the relay refuses, with its status. The app names the failure from `code`. */
export const RELAY_ERRORS = {
  'bad-origin': 403,
  'bad-token': 403,
  'not-found': 404,
  'bad-method': 405,
  'too-large': 413,
  'bad-json': 400,
  'bad-request': 400,
  'bad-url': 400,
  'bad-scheme': 400,
  'upstream-unreachable': 502,
  'upstream-too-large': 502,
  timeout: 504,
} as const;

export type RelayErrorCode = keyof typeof RELAY_ERRORS;

export function sendRelayError(res: ServerResponse, code: RelayErrorCode, message: string): void {
  sendJson(res, RELAY_ERRORS[code], { error: { code, message } });
}
