/**
 * Why a peer disagrees: the features of a case that can make implementations
 * part ways, each with what RFC 5849 says about it. A disagreement is put down
 * to a feature by taking features away: with every feature of the case
 * neutralised the two sides must agree (otherwise it is "unexplained"), and a
 * feature is a cause when, left alone among the neutralised ones, the
 * disagreement comes back. Nothing here models a peer's code, so a new peer
 * needs no new rules — only, perhaps, a new feature.
 */
import type { Param } from '../../src/engine/index.ts';
import type { SigningCase } from './cases.ts';

export interface Feature {
  readonly id: string;
  /** what RFC 5849 asks, and so who is right when this feature splits sigstep from a peer */
  readonly rfc: string;
  readonly present: (c: SigningCase) => boolean;
  readonly neutralise: (c: SigningCase) => SigningCase;
}

const UNRESERVED = /^[A-Za-z0-9._~-]*$/;
const DEFAULT_PORT: Readonly<Record<string, string>> = { http: '80', https: '443' };
const names = (c: SigningCase): string[] => [...c.query, ...c.body].map(([n]) => n);
const everyParam = (c: SigningCase, f: (p: Param, i: number) => Param): SigningCase => ({
  ...c, query: c.query.map((p, i) => f(p, i)), body: c.body.map((p, i) => f(p, i + c.query.length)),
});

export const FEATURES: readonly Feature[] = [
  {
    id: 'custom-method-with-reserved-characters',
    rfc: 'RFC 5849 §3.4.1.1 (1): a custom method is upper-cased and §3.6-encoded; the peer puts `!` and `*` in the base string raw.',
    present: (c) => !UNRESERVED.test(c.httpMethod),
    neutralise: (c) => ({ ...c, httpMethod: 'PATCH' }),
  },
  {
    id: 'scheme-not-lower-case',
    rfc: 'RFC 5849 §3.4.1.2: the scheme is lower-cased in the base string URI; the peer signs it as typed.',
    present: (c) => c.scheme !== c.scheme.toLowerCase(),
    neutralise: (c) => ({ ...c, scheme: c.scheme.toLowerCase() }),
  },
  {
    id: 'host-not-lower-case',
    rfc: 'RFC 5849 §3.4.1.2: the host is lower-cased; the peer signs it as typed.',
    present: (c) => c.host !== c.host.toLowerCase(),
    neutralise: (c) => ({ ...c, host: c.host.toLowerCase() }),
  },
  {
    id: 'default-port',
    rfc: 'RFC 5849 §3.4.1.2: the port is left out when it is the scheme\'s default (80, 443); the peer keeps it.',
    present: (c) => c.port !== '' && DEFAULT_PORT[c.scheme.toLowerCase()] === String(Number(c.port)),
    neutralise: (c) => ({ ...c, port: '' }),
  },
  {
    id: 'port-with-leading-zero',
    rfc: 'RFC 5849 §3.4.1.2 signs the port the request goes to: `:08080` is port 8080, which is what a browser or curl sends in Host. The peer signs the digits as typed, a URI no server sees.',
    present: (c) => c.port.startsWith('0'),
    neutralise: (c) => ({ ...c, port: String(Number(c.port)) }),
  },
  {
    id: 'ipv6-host',
    rfc: 'RFC 3986 §3.2.2: an IPv6 literal keeps its brackets in the authority (RFC 5849 §3.4.1.2 signs the authority); the peer drops them.',
    present: (c) => c.host.startsWith('['),
    neutralise: (c) => ({ ...c, host: 'localhost' }),
  },
  {
    id: 'empty-path',
    rfc: 'RFC 5849 §3.4.1.2 with RFC 3986 §6.2.3: an empty path is "/"; the peer signs the URI without it.',
    present: (c) => c.path === '',
    neutralise: (c) => ({ ...c, path: '/' }),
  },
  {
    id: 'dot-segment-in-path',
    rfc: 'RFC 3986 §5.2.4: `.` and `..` segments are resolved before a request is sent (fetch, curl), so the server signs `/a/` for `/a/.`; the peer signs the unresolved path.',
    present: (c) => c.path.split('/').some((s) => s === '.' || s === '..'),
    neutralise: (c) => ({ ...c, path: c.path.split('/').map((s) => (s === '.' || s === '..' ? 'dot' : s)).join('/') }),
  },
  {
    id: 'path-with-sub-delims',
    rfc: 'RFC 5849 §3.4.1.2 signs the path as sent; the peer (legacy url.parse) escapes `\'` and other characters first, so it signs a path the request does not carry.',
    present: (c) => /[^A-Za-z0-9._~%/-]/.test(c.path),
    neutralise: (c) => ({ ...c, path: c.path.replace(/[^A-Za-z0-9._~%/-]/g, 'x') }),
  },
  {
    id: 'fragment',
    rfc: 'RFC 5849 §3.4.1.2 and §3.4.1.3.1: the fragment is never part of the base string URI nor of the query; the peer keeps it.',
    present: (c) => c.fragment !== '',
    neutralise: (c) => ({ ...c, fragment: '' }),
  },
  {
    id: 'name-is-an-object-property',
    rfc: 'RFC 5849 §3.4.1.3: every parameter is signed whatever its name; the peer keeps parameters in a plain object, where `__proto__`, `constructor` or `toString` are not ordinary keys.',
    present: (c) => names(c).some((n) => ['__proto__', 'constructor', 'toString'].includes(n)),
    neutralise: (c) => everyParam(c, ([n, v]) => [['__proto__', 'constructor', 'toString'].includes(n) ? `x${n}` : n, v]),
  },
  {
    id: 'duplicate-names',
    rfc: 'RFC 5849 §3.4.1.3.2: parameters with the same name are all signed, sorted by value; the peer keeps one of them, or sorts them differently.',
    present: (c) => new Set(names(c)).size !== names(c).length,
    neutralise: (c) => {
      const seen = new Set<string>();
      return everyParam(c, ([n, v], i) => {
        const again = seen.has(n);
        seen.add(n);
        return [again ? `${n}${i}` : n, v];
      });
    },
  },
  {
    id: 'query-name-needs-encoding',
    rfc: 'RFC 5849 §3.4.1.3.1: query names are form-decoded like values; the peer decodes only values, so an encoded name is encoded twice.',
    present: (c) => c.query.some(([n]) => !UNRESERVED.test(n)),
    neutralise: (c) => ({ ...c, query: c.query.map(([n, v], i) => [UNRESERVED.test(n) ? n : `q${i}`, v]) }),
  },
  {
    id: 'equals-in-query-value',
    rfc: 'RFC 5849 §3.4.1.3.1: a query value runs to the next `&`, `=` included; the peer cuts it at the first `=`.',
    present: (c) => c.query.some(([, v]) => v.includes('=')),
    neutralise: (c) => ({ ...c, query: c.query.map(([n, v]) => [n, v.replaceAll('=', '-')]) }),
  },
  {
    id: 'plus-for-space-in-query',
    rfc: 'RFC 5849 §3.4.1.3.1 reads the query as application/x-www-form-urlencoded (HTML 4.01 §17.13.4), where `+` is a space; the peer keeps a literal `+`.',
    present: (c) => c.encoding === 'plus-for-space' && c.query.some(([n, v]) => (n + v).includes(' ')),
    neutralise: (c) => ({ ...c, encoding: 'rfc3986' }),
  },
  {
    id: 'question-mark-in-query',
    rfc: 'RFC 3986 §3.4: the query is everything after the first `?`, and may hold more `?`; the peer splits the URL at every `?` and loses what follows the second.',
    present: (c) => c.encoding === 'minimal' && c.query.some(([n, v]) => (n + v).includes('?')),
    neutralise: (c) => ({ ...c, encoding: 'rfc3986' }),
  },
  {
    id: 'empty-query-value',
    rfc: 'RFC 5849 §3.4.1.3.2 (3): an empty value is signed as `name=`; the peer loses or merges it.',
    present: (c) => c.query.some(([, v]) => v === ''),
    neutralise: (c) => ({ ...c, query: c.query.map(([n, v]) => [n, v === '' ? 'e' : v]) }),
  },
];

export const FEATURE_BY_ID: ReadonlyMap<string, Feature> = new Map(FEATURES.map((f) => [f.id, f]));

/**
 * Names the features that cause a disagreement. `differs(c)` re-signs `c` on
 * both sides and says whether the same part still differs.
 */
export function explain(c: SigningCase, differs: (c: SigningCase) => boolean): string {
  const present = FEATURES.filter((f) => f.present(c));
  const without = (keep: readonly Feature[]): SigningCase =>
    present.filter((f) => !keep.includes(f)).reduce((acc, f) => f.neutralise(acc), c);
  if (differs(without([]))) return 'unexplained';
  const causes = present.filter((f) => differs(without([f])));
  if (causes.length > 0) return causes.map((f) => f.id).join(' + ');
  // No feature alone: look for two that only split the sides together.
  for (const [i, f] of present.entries()) {
    for (const g of present.slice(i + 1)) if (differs(without([f, g]))) return `${f.id} & ${g.id}`;
  }
  return 'several-features-together';
}
