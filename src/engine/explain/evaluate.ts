/**
 * Runs the pipeline for a variant (none, one or two mistakes), recomputing only
 * the stages a mistake touches: every intermediate result is cached under the
 * mistakes that reach it, so a pair reuses what its singles computed. HMAC is
 * keyed once per distinct key and cloned per base string (noble-hashes'
 * `hmac.create`), which is most of what makes hundreds of variants cheap.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex, type CHash } from '@noble/hashes/utils.js';
import type { EncodedParam } from '../types.ts';
import { base64Encode } from '../base64.ts';
import { encodeLenient, percentDecode } from '../percent.ts';
import { isFailure } from '../result.ts';
import type { Entry, Instance } from './catalogue/entry.ts';
import {
  assemble, encodeFields, encoderFor, joinFields, renderKey, renderUri, sortFields,
  type DigestName, type Knobs, type OutputKnob, type Stage,
} from './pipeline.ts';

/** One way of making one catalogued mistake, placed in the search. */
export interface Applied {
  readonly entry: Entry;
  /** the entry's place in the catalogue (pipeline order) */
  readonly index: number;
  readonly instance: Instance;
  /** unique among all applied mistakes of one search */
  readonly key: string;
  readonly bit: number;
}

/** A variant: the mistakes the other side made, in catalogue order ([] = our own computation). */
export type Variant = readonly Applied[];

export const STAGE_BIT: Readonly<Record<Stage, number>> = {
  method: 1, uri: 2, collect: 4, encode: 8, sort: 16, join: 32, assemble: 64, key: 128, digest: 256, output: 512,
};
const B = STAGE_BIT;
/** The stages each cached result depends on. */
const ENCODED = B.collect | B.encode;
const SORTED = ENCODED | B.sort;
const NORMALIZED = SORTED | B.join;
const BASE = NORMALIZED | B.method | B.uri | B.assemble;
const KEY = B.encode | B.key;
const DIGEST = BASE | KEY | B.digest;
/** Stages after the base string: a base-string target cannot see them. */
export const AFTER_BASE = B.key | B.digest | B.output;

const HASHES: Readonly<Record<Exclude<DigestName, 'PLAINTEXT'>, CHash>> = { 'HMAC-SHA1': sha1, 'HMAC-SHA256': sha256, 'HMAC-SHA512': sha512 };

type Digest = { readonly bytes: Uint8Array } | { readonly text: string };
type Keyed = ReturnType<typeof hmac.create>;

const utf8 = new TextEncoder();

/** Cache key: the variant's mistakes that reach a result depending on `mask`. */
function cacheKey(v: Variant, mask: number): string {
  let key = '';
  for (const a of v) if ((a.bit & mask) !== 0) key += `${a.key}+`;
  return key;
}

class Memo<T> {
  private readonly map = new Map<string, T>();
  private readonly mask: number;
  constructor(mask: number) {
    this.mask = mask;
  }
  get(v: Variant, compute: () => T): T {
    const key = cacheKey(v, this.mask);
    let value = this.map.get(key);
    if (value === undefined) {
      value = compute();
      this.map.set(key, value);
    }
    return value;
  }
}

function renderOutput(o: OutputKnob, d: Digest): string {
  let s = 'text' in d ? d.text : o.alphabet === 'hex' ? bytesToHex(d.bytes) : base64Encode(d.bytes);
  if ('bytes' in d && o.alphabet === 'base64url') s = s.replaceAll('+', '-').replaceAll('/', '_');
  if ('bytes' in d && !o.padding) s = s.replace(/=+$/, '');
  if (o.transport === 'percent-encoded') return encodeLenient(s);
  if (o.transport === 'as-is') return s;
  const decoded = percentDecode(s, { plusIsSpace: o.transport === 'form-decoded' });
  return isFailure(decoded) ? s : decoded;
}

export class Evaluator {
  private readonly encoders = new Memo<(s: string) => string>(B.encode);
  private readonly encoded = new Memo<readonly EncodedParam[]>(ENCODED);
  private readonly sorted = new Memo<readonly EncodedParam[]>(SORTED);
  private readonly normalized = new Memo<string>(NORMALIZED);
  private readonly bases = new Memo<string>(BASE);
  private readonly keys = new Memo<string>(KEY);
  private readonly digests = new Memo<Digest>(DIGEST);
  /** HMAC keyed once per (hash, key); every base string signs on a clone */
  private readonly keyed = new Map<string, Keyed>();

  private readonly correct: Knobs;

  constructor(correct: Knobs) {
    this.correct = correct;
  }

  /** The knob of `stage` as the variant's mistakes leave it. */
  knob<S extends Stage>(v: Variant, stage: S): Knobs[S] {
    let k = this.correct[stage];
    for (const a of v) if (a.entry.stage === stage) k = (a.instance.apply as unknown as (knob: Knobs[S]) => Knobs[S])(k);
    return k;
  }

  private encoder(v: Variant): (s: string) => string {
    return this.encoders.get(v, () => encoderFor(this.knob(v, 'encode')));
  }

  /** RFC 5849 §3.4.1.3.2, as the variant does it. */
  normalizedParameters(v: Variant): string {
    return this.normalized.get(v, () => {
      const sorted = this.sorted.get(v, () => {
        const encoded = this.encoded.get(v, () => encodeFields(this.knob(v, 'collect'), this.knob(v, 'encode'), this.encoder(v)));
        return sortFields(encoded, this.knob(v, 'sort'));
      });
      return joinFields(sorted, this.knob(v, 'join'));
    });
  }

  /** RFC 5849 §3.4.1.1, as the variant does it. */
  baseString(v: Variant): string {
    return this.bases.get(v, () =>
      assemble(this.knob(v, 'method'), renderUri(this.knob(v, 'uri')), this.normalizedParameters(v), this.knob(v, 'assemble'), this.encoder(v)));
  }

  key(v: Variant): string {
    return this.keys.get(v, () => renderKey(this.knob(v, 'key'), this.encoder(v)));
  }

  /** RFC 5849 §3.4.2–§3.4.4, then the output departures. Undefined for RSA (no private key here). */
  signature(v: Variant): string | undefined {
    const method = this.knob(v, 'digest').method;
    if (method === undefined) return undefined;
    const digest = this.digests.get(v, () => (method === 'PLAINTEXT' ? { text: this.key(v) } : { bytes: this.mac(method, v) }));
    return renderOutput(this.knob(v, 'output'), digest);
  }

  private mac(method: Exclude<DigestName, 'PLAINTEXT'>, v: Variant): Uint8Array {
    const key = this.key(v);
    const id = `${method}\n${key}`;
    let keyed = this.keyed.get(id);
    if (keyed === undefined) {
      keyed = hmac.create(HASHES[method], utf8.encode(key));
      this.keyed.set(id, keyed);
    }
    return keyed.clone().update(utf8.encode(this.baseString(v))).digest();
  }
}
