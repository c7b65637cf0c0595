/** Each step of RFC 5849 §3.4 with the one line that says why it exists, and where the RFC says so. */
const RFC = 'https://www.rfc-editor.org/rfc/rfc5849';

export interface StepInfo {
  readonly title: string;
  readonly why: string;
  readonly section: string;
}

export const rfcHref = (section: string): string => `${RFC}#section-${section}`;

export const STEPS = {
  collected: {
    title: 'Parameters collected',
    why: 'The signature covers every parameter the provider will see: query, Authorization header, form body, and the oauth_* ones (not realm, not oauth_signature).',
    section: '3.4.1.3.1',
  },
  encoded: {
    title: 'Each name and value percent-encoded',
    why: 'Both sides must encode identically, so only the RFC 3986 unreserved characters stay as they are; a space is %20, never +.',
    section: '3.6',
  },
  sorted: {
    title: 'Sorted',
    why: 'Sorted by encoded name, then by value, so the order the request happened to use cannot change the signature.',
    section: '3.4.1.3.2',
  },
  normalized: {
    title: 'Normalized parameter string',
    why: 'name=value pairs joined with “&”: one string that stands for all the parameters.',
    section: '3.4.1.3.2',
  },
  baseString: {
    title: 'Signature base string',
    why: 'The method, the base string URI and the parameters, each encoded and joined with “&”: exactly the text that gets signed.',
    section: '3.4.1.1',
  },
  signingKey: {
    title: 'Signing key',
    why: 'The consumer secret and the token secret, each encoded, joined with “&” — which stays even when the token secret is empty.',
    section: '3.4.2',
  },
  signature: {
    title: 'Signature',
    why: 'The base string signed with the key, base64-encoded: the value of oauth_signature.',
    section: '3.4.2',
  },
  signed: {
    title: 'Signed request',
    why: 'oauth_signature joins the other protocol parameters where the provider expects them: header, query or form body.',
    section: '3.5',
  },
  pasted: {
    title: 'The pasted request',
    why: 'Checked exactly as pasted: its nonce, timestamp and signature are never regenerated.',
    section: '3.5',
  },
} as const satisfies Record<string, StepInfo>;

/** The section a signature method is defined in. */
export function signatureSection(method: string): string {
  if (method === 'PLAINTEXT') return '3.4.4';
  if (method.startsWith('RSA-')) return '3.4.3';
  return '3.4.2';
}
