/**
 * RFC 5849 §3.4 as a parameterised pipeline. Each stage is set by one "knob"
 * (plain data); the correct knobs give our own computation, and a mistake is a
 * change to one knob. The renderers here turn knobs into strings.
 *
 *   method ─┐
 *   uri ────┤
 *   collect → encode → sort → join ─┴→ assemble (base string) ─┐
 *                      encode ─→ key ──────────────────────────┴→ digest → output
 */
import type { EncodedParam, SignatureMethod, SourcedParam } from '../types.ts';
import { encodeLenient } from '../percent.ts';
import type { Context } from './context.ts';

export interface UriKnob {
  readonly scheme: string;
  readonly host: string;
  /** '' = no port written */
  readonly port: string;
  /** begins with `/`, or '' when the root slash is lost */
  readonly path: string;
  /** '' = no query written */
  readonly query: string;
}

/** The §3.6 encoder the other side uses everywhere (names, values, URI, second encoding, key), as flags. */
export interface EncodingKnob {
  readonly latin1: boolean;
  readonly subDelimsRaw: boolean;
  readonly tildeEncoded: boolean;
  readonly plusForSpace: boolean;
  readonly lowerHex: boolean;
  /** parameter-only departures */
  readonly names: 'encoded' | 'raw';
  readonly values: 'encoded' | 'raw' | 'twice';
}

export type SortKnob = 'rfc' | 'none' | 'decoded' | 'name-only';

export interface JoinKnob {
  /** an empty value written as `name` instead of `name=` */
  readonly bareEmpty: boolean;
}

export interface AssembleKnob {
  /** the normalised parameter string percent-encoded again (§3.4.1.1 step 5) */
  readonly reencodeParams: boolean;
}

export interface KeyKnob {
  readonly consumer: string;
  readonly token: string;
  readonly secrets: 'once' | 'raw' | 'twice';
  readonly ampersand: boolean;
}

export type DigestName = 'HMAC-SHA1' | 'HMAC-SHA256' | 'HMAC-SHA512' | 'PLAINTEXT';

export interface DigestKnob {
  /** undefined for RSA: the explainer cannot sign without the private key */
  readonly method: DigestName | undefined;
}

export interface OutputKnob {
  readonly alphabet: 'base64' | 'base64url' | 'hex';
  readonly padding: boolean;
  /** what happened to the signature between the other side and the target: sent unencoded, the receiver decoded it */
  readonly transport: 'as-is' | 'percent-encoded' | 'form-decoded' | 'header-decoded';
}

export interface Knobs {
  method: string;
  uri: UriKnob;
  collect: readonly SourcedParam[];
  encode: EncodingKnob;
  sort: SortKnob;
  join: JoinKnob;
  assemble: AssembleKnob;
  key: KeyKnob;
  digest: DigestKnob;
  output: OutputKnob;
}

export type Stage = keyof Knobs;

/** Pipeline order: a match "parts at" the step of its earliest stage. */
export const STAGES: readonly Stage[] = ['method', 'uri', 'collect', 'encode', 'sort', 'join', 'assemble', 'key', 'digest', 'output'];

const BASE_URI = /^([a-z][a-z0-9+.-]*):\/\/(\[[^\]]*\]|[^/:]*)(?::(\d+))?(\/.*)$/;

function uriKnob(baseUri: string): UriKnob {
  const m = BASE_URI.exec(baseUri);
  if (m === null) return { scheme: '', host: baseUri, port: '', path: '', query: '' };
  return { scheme: m[1] ?? '', host: m[2] ?? '', port: m[3] ?? '', path: m[4] ?? '/', query: '' };
}

const DIGESTS: Readonly<Record<SignatureMethod, DigestName | undefined>> = {
  'HMAC-SHA1': 'HMAC-SHA1', 'HMAC-SHA256': 'HMAC-SHA256', 'HMAC-SHA512': 'HMAC-SHA512',
  PLAINTEXT: 'PLAINTEXT', 'RSA-SHA1': undefined, 'RSA-SHA256': undefined,
};

/** Our own, RFC 5849-correct computation, as knobs. */
export function correctKnobs(ctx: Context): Knobs {
  return {
    method: encodeLenient(ctx.input.request.method.toUpperCase()), // §3.4.1.1 step 1
    uri: uriKnob(ctx.baseUri),
    collect: ctx.collected,
    encode: { latin1: false, subDelimsRaw: false, tildeEncoded: false, plusForSpace: false, lowerHex: false, names: 'encoded', values: 'encoded' },
    sort: 'rfc',
    join: { bareEmpty: false },
    assemble: { reencodeParams: true },
    key: { consumer: ctx.input.consumerSecret, token: ctx.tokenSecret, secrets: 'once', ampersand: true },
    digest: { method: DIGESTS[ctx.input.signatureMethod] },
    output: { alphabet: 'base64', padding: true, transport: 'as-is' },
  };
}

export function renderUri(k: UriKnob): string {
  return `${k.scheme}://${k.host}${k.port === '' ? '' : `:${k.port}`}${k.path}${k.query === '' ? '' : `?${k.query}`}`;
}

const SUB_DELIM = /%2[1789A]/g;
const hexByte = (n: number): string => `%${n.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * Latin-1 instead of UTF-8: a two-byte UTF-8 sequence for U+0080–U+00FF becomes
 * its one Latin-1 byte; anything beyond Latin-1 becomes `?` (%3F), as Java's and PHP's converters write it.
 */
function toLatin1(encoded: string): string {
  return encoded.replace(/%([C-F][0-9A-F])((?:%[89AB][0-9A-F])+)/g, (_all, lead: string, rest: string) => {
    const first = parseInt(lead, 16);
    if (first > 0xc3 || rest.length !== 3) return '%3F';
    return hexByte(((first & 0x1f) << 6) | (parseInt(rest.slice(1), 16) & 0x3f));
  });
}

/** The other side's percent-encoder: ours (RFC 5849 §3.6), then each departure in a fixed order. */
export function encoderFor(k: EncodingKnob): (s: string) => string {
  const departs = k.latin1 || k.subDelimsRaw || k.tildeEncoded || k.plusForSpace || k.lowerHex;
  if (!departs) return encodeLenient;
  return (s) => {
    let e = encodeLenient(s);
    if (k.latin1) e = toLatin1(e);
    if (k.subDelimsRaw) e = e.replace(SUB_DELIM, (m) => String.fromCharCode(parseInt(m.slice(1), 16)));
    if (k.tildeEncoded) e = e.replaceAll('~', '%7E');
    if (k.plusForSpace) e = e.replaceAll('%20', '+');
    if (k.lowerHex) e = e.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
    return e;
  };
}

/** RFC 5849 §3.4.1.3.2 step 1 with the knob's encoder. */
export function encodeFields(fields: readonly SourcedParam[], k: EncodingKnob, encode: (s: string) => string): EncodedParam[] {
  return fields.map((p) => ({
    ref: p.ref,
    name: p.name,
    value: p.value,
    encodedName: k.names === 'raw' ? p.name : encode(p.name),
    encodedValue: k.values === 'raw' ? p.value : k.values === 'twice' ? encode(encode(p.value)) : encode(p.value),
  }));
}

/** RFC 5849 §3.4.1.3.2: encoded strings are ASCII, so comparing code units is comparing bytes. */
const byEncoded = (a: EncodedParam, b: EncodedParam): number =>
  a.encodedName !== b.encodedName ? (a.encodedName < b.encodedName ? -1 : 1)
    : a.encodedValue === b.encodedValue ? 0 : a.encodedValue < b.encodedValue ? -1 : 1;
const byDecoded = (a: EncodedParam, b: EncodedParam): number =>
  a.name !== b.name ? (a.name < b.name ? -1 : 1) : a.value === b.value ? 0 : a.value < b.value ? -1 : 1;
const byEncodedName = (a: EncodedParam, b: EncodedParam): number =>
  a.encodedName === b.encodedName ? 0 : a.encodedName < b.encodedName ? -1 : 1;

/** RFC 5849 §3.4.1.3.2 step 2, or the other side's order. Array sort is stable, which "by name only" relies on. */
export function sortFields(encoded: readonly EncodedParam[], k: SortKnob): readonly EncodedParam[] {
  if (k === 'none') return encoded;
  return encoded.slice().sort(k === 'rfc' ? byEncoded : k === 'decoded' ? byDecoded : byEncodedName);
}

/** RFC 5849 §3.4.1.3.2 steps 3–4. */
export function joinFields(sorted: readonly EncodedParam[], k: JoinKnob): string {
  return sorted.map((p) => (k.bareEmpty && p.encodedValue === '' ? p.encodedName : `${p.encodedName}=${p.encodedValue}`)).join('&');
}

/** RFC 5849 §3.4.1.1: method & encode(URI) & encode(parameters). */
export function assemble(method: string, uri: string, normalized: string, k: AssembleKnob, encode: (s: string) => string): string {
  return `${method}&${encode(uri)}&${k.reencodeParams ? encode(normalized) : normalized}`;
}

/** RFC 5849 §3.4.2 with the knob's departures. */
export function renderKey(k: KeyKnob, encode: (s: string) => string): string {
  const secret = k.secrets === 'raw' ? (s: string) => s : k.secrets === 'twice' ? (s: string) => encode(encode(s)) : encode;
  return `${secret(k.consumer)}${k.ampersand ? '&' : ''}${secret(k.token)}`;
}
