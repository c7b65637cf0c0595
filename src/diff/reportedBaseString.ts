/**
 * The base string a provider printed in its refusal. http/'s decodeOAuthProblem
 * finds the usual places (oauth_signature_base_string, debug_sbs, Yelp's
 * sentence); this adds what it does not read: the same inside JSON string
 * values (Yelp escapes `&` as \u0026), and a `base_string:` line (Google's old endpoint).
 */
import { decodeOAuthProblem } from '../http/oauthProblem.ts';

/** METHOD & scheme%3A%2F%2F… & parameters, with no raw `&` inside the parts. */
const BASE_STRING = /[A-Za-z]+&https?%3A%2F%2F[^&\s"'<]*&[^&\s"'<]*/i;
const LABELLED = /base[ _]string\s*[:=]\s*/i;

/** Every string inside a JSON body, decoded (so \u0026 is `&` again). */
function jsonStrings(body: string): string[] {
  const trimmed = body.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return [];
  }
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === 'object' && v !== null) Object.values(v).forEach(walk);
  };
  walk(parsed);
  return out;
}

/** A base string right after a `base_string:` / `base string=` label. */
function labelled(text: string): string | undefined {
  const label = LABELLED.exec(text);
  if (label === null) return undefined;
  const found = BASE_STRING.exec(text.slice(label.index + label[0].length));
  return found !== null && found.index === 0 ? found[0] : undefined;
}

/** The signature base string a provider reported in an error body, decoded; undefined when there is none. */
export function findReportedBaseString(body: string): string | undefined {
  for (const text of [body, ...jsonStrings(body)]) {
    const found = decodeOAuthProblem(text)?.baseString ?? labelled(text);
    if (found !== undefined) return found;
  }
  return undefined;
}
