/**
 * Lenient application/x-www-form-urlencoded decoding for filling the inputs from
 * a paste. It never fails: a malformed escape is kept as typed, because the
 * verdict is computed by the engine from the pasted text itself, and that is
 * where a bad escape is reported with its position.
 */
export function decodeFormComponent(s: string): string {
  const spaced = s.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

export function decodeForm(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const field of text.split('&')) {
    if (field === '') continue;
    const eq = field.indexOf('=');
    const name = eq === -1 ? field : field.slice(0, eq);
    const value = eq === -1 ? '' : field.slice(eq + 1);
    out.push([decodeFormComponent(name), decodeFormComponent(value)]);
  }
  return out;
}

/** The URL without its query and fragment, and the raw query. */
export function splitUrl(url: string): { base: string; query: string } {
  const hash = url.indexOf('#');
  const noHash = hash === -1 ? url : url.slice(0, hash);
  const q = noHash.indexOf('?');
  return q === -1 ? { base: noHash, query: '' } : { base: noHash.slice(0, q), query: noHash.slice(q + 1) };
}
