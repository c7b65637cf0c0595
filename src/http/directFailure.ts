/**
 * Naming a failed direct fetch. fetch reports CORS refusals, DNS failures,
 * refused connections and mixed-content blocks all as the same TypeError, on
 * purpose (so pages cannot probe networks). What we do know — the page's origin,
 * the target, whether we aborted — narrows it down; the rest is said honestly.
 */
import type { SendFailure } from './sendTypes.ts';

export interface DirectContext {
  readonly target: URL;
  /** the page's location, absent outside a browser */
  readonly page: { readonly protocol: string; readonly origin: string } | undefined;
  readonly online: boolean;
  readonly timedOut: boolean;
  readonly aborted: boolean;
  readonly timeoutMs: number;
}

const USE_RELAY = 'Send it through the relay, or copy the curl command and run it in a terminal.';

/** Browsers treat these as secure even over http, so they are never mixed content. */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** A host that could resolve on the internet or the local machine: a dotted name, an IP, or localhost. */
function isPlausibleHost(host: string): boolean {
  return host.includes('.') || host.startsWith('[') || isLoopback(host);
}

export function classifyDirectFailure(c: DirectContext): SendFailure {
  if (c.timedOut) {
    return { kind: 'timeout', message: `No answer within ${Math.round(c.timeoutMs / 1000)} seconds.`, advice: 'Check the URL and that the server is up; a firewall can drop a connection without a word.' };
  }
  if (c.aborted) return { kind: 'aborted', message: 'The request was cancelled.', advice: 'Send it again when you are ready.' };
  const host = c.target.hostname;
  if (c.page?.protocol === 'https:' && c.target.protocol === 'http:' && !isLoopback(host)) {
    return { kind: 'mixed-content', message: 'This page is served over HTTPS, and browsers block its requests to plain http:// addresses.', advice: `Use the https:// address if the provider has one. ${USE_RELAY}` };
  }
  if (!c.online) return { kind: 'network', message: 'The browser is offline.', advice: 'Reconnect, then send it again.' };
  if (c.page !== undefined && c.page.origin === c.target.origin) {
    // Same origin: CORS does not apply, so the server itself could not be reached.
    return { kind: 'network', message: `Could not connect to ${c.target.host}.`, advice: 'Check that the server is running.' };
  }
  if (!isPlausibleHost(host)) {
    return { kind: 'network', message: `"${host}" does not look like a host name that resolves.`, advice: 'Check the URL: a placeholder such as {hostname} must be replaced with the real host.' };
  }
  return {
    kind: 'cors',
    message: `The browser did not let this page read the answer from ${c.target.host}. Most likely the provider sends no CORS headers (most OAuth providers do not); a server that is down or a name that does not resolve looks the same from here, and the browser does not say which.`,
    advice: USE_RELAY,
  };
}
