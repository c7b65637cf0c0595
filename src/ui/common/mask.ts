import { percentEncode } from '../../engine/percent.ts';
import type { SignatureTrace } from '../../engine/types.ts';

export const MASK = '••••••••';

/** A secret as shown while secrets are hidden: masked, but an empty one says so (an empty token secret matters). */
export function maskSecret(value: string, show: boolean): string {
  if (value === '') return '(empty)';
  return show ? value : MASK;
}

/**
 * Hides what a PLAINTEXT signature gives away (it is the signing key) in any
 * text derived from it — the header, the URL, the body, curl. Other methods'
 * signatures reveal nothing and are shown.
 */
export function signatureMasker(trace: SignatureTrace | undefined, show: boolean): (text: string) => string {
  if (show || !trace || trace.signatureMethod !== 'PLAINTEXT' || trace.signature === '') return (t) => t;
  const encoded = percentEncode(trace.signature);
  const needles = [trace.signature, typeof encoded === 'string' ? encoded : '', encodeURIComponent(trace.signature)]
    .filter((n, i, all) => n !== '' && all.indexOf(n) === i)
    .sort((a, b) => b.length - a.length);
  return (text) => needles.reduce((t, n) => t.split(n).join(MASK), text);
}
