/**
 * What fetch would refuse or silently change, found before sending so the
 * person is told why instead of getting a bare TypeError.
 */
import type { HttpRequest } from '../engine/types.ts';
import type { SendFailure } from './sendTypes.ts';

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Fetch's forbidden request headers (Fetch §2.2.2): the browser sets these itself
 * and drops any the page sets. User-Agent is no longer on the list, but Chromium
 * still ignores it.
 */
const FORBIDDEN = new Set([
  'accept-charset', 'accept-encoding', 'access-control-request-headers', 'access-control-request-method', 'connection',
  'content-length', 'cookie', 'cookie2', 'date', 'dnt', 'expect', 'host', 'keep-alive', 'origin', 'referer', 'set-cookie',
  'te', 'trailer', 'transfer-encoding', 'upgrade', 'via', 'user-agent',
]);

export function isForbiddenHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return FORBIDDEN.has(lower) || lower.startsWith('proxy-') || lower.startsWith('sec-');
}

const invalid = (message: string, advice: string): SendFailure => ({ kind: 'invalid-request', message, advice });

/** A reason the request cannot be sent at all, or undefined. */
export function checkRequest(req: HttpRequest): SendFailure | undefined {
  let url: URL;
  try {
    url = new URL(req.url);
  } catch {
    return invalid(`"${req.url.slice(0, 80)}" is not a full URL.`, 'Enter the URL with its scheme and host, e.g. https://api.example.com/path.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return invalid(`Only http and https URLs can be sent, not ${url.protocol}`, 'Use the provider\'s http(s) endpoint.');
  }
  if (!TOKEN.test(req.method)) return invalid(`"${req.method}" is not an HTTP method.`, 'Use a method such as GET or POST.');
  const upper = req.method.toUpperCase();
  if ((upper === 'GET' || upper === 'HEAD') && req.body !== '') {
    return invalid(`Browsers cannot send a body with ${upper}, and neither can the relay.`, 'Use POST, move the parameters to the query, or run the curl command, which can.');
  }
  return checkHeaders(req.headers);
}

function checkHeaders(headers: HttpRequest['headers']): SendFailure | undefined {
  for (const [name, value] of headers) {
    if (!TOKEN.test(name)) return invalid(`"${name}" is not a valid header name.`, 'Header names are letters, digits and !#$%&\'*+-.^_`|~ only.');
    if (/[\0\r\n]/.test(value)) return invalid(`The ${name} header contains a line break or NUL, which HTTP does not allow.`, 'Put the value on one line.');
    // Header values are bytes; fetch takes only characters up to U+00FF and throws on the rest.
    for (let i = 0; i < value.length; i++) {
      if (value.charCodeAt(i) > 0xff) {
        return invalid(`The ${name} header contains "${value.charAt(i)}", which a browser cannot put in a header.`, 'Percent-encode it (OAuth header values are percent-encoded anyway), or run the curl command.');
      }
    }
  }
  return undefined;
}
