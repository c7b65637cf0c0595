/**
 * The collected parameters (RFC 5849 §3.4.1.3.1) together with their encodings:
 * the §3.6 encoding the normalized string uses, and the second encoding the
 * base string applies to it (§3.4.1.1 step 5), kept as bytes. Holding the second
 * encoding per parameter lets the base string be assembled by copying bytes in
 * sorted order, and hashed without another pass over a megabyte of text.
 */
import type { EncodedParam, ParamSource, SourcedParam } from './types.ts';
import { encodeWellFormed } from './percent.ts';

export class ParamSet {
  readonly collected: SourcedParam[] = [];
  readonly encoded: EncodedParam[] = [];
  /** second encodings, back to back */
  bytes = new Uint8Array(256);
  used = 0;
  /** per ref: start of the name, end of the name (= start of the value), end of the value, in `bytes` */
  readonly ranges: number[] = [];

  /** Makes room for `n` more bytes; callers that write `bytes` directly reserve first. */
  reserve(n: number): Uint8Array {
    if (this.used + n > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.used + n));
      grown.set(this.bytes.subarray(0, this.used));
      this.bytes = grown;
    }
    return this.bytes;
  }

  /** Records a parameter whose second encoding was written to bytes[start, end), the name's part ending at `mid`. */
  push(name: string, value: string, encodedName: string, encodedValue: string, source: ParamSource, start: number, mid: number): void {
    const ref = this.collected.length;
    this.collected.push({ ref, name, value, source });
    this.encoded.push({ ref, name, value, encodedName, encodedValue });
    this.ranges.push(start, mid, this.used);
  }

  /** Adds a parameter from its decoded name and value (already checked to be well-formed). */
  add(name: string, value: string, source: ParamSource): void {
    const encodedName = encodeWellFormed(name);
    const encodedValue = encodeWellFormed(value);
    const start = this.used;
    this.writeSecondEncoding(encodedName);
    const mid = this.used;
    this.writeSecondEncoding(encodedValue);
    this.push(name, value, encodedName, encodedValue, source, start, mid);
  }

  /** A §3.6-encoded string is ASCII whose only reserved character is `%`, so encoding it again is `%` → `%25`. */
  private writeSecondEncoding(encoded: string): void {
    const b = this.reserve(encoded.length * 3);
    let j = this.used;
    for (let i = 0; i < encoded.length; i++) {
      const c = encoded.charCodeAt(i);
      if (c === 0x25) {
        b[j] = 0x25;
        b[j + 1] = 0x32;
        b[j + 2] = 0x35;
        j += 3;
      } else {
        b[j++] = c;
      }
    }
    this.used = j;
  }

  /** A new set without the parameters `drop` selects, renumbered (the rare path: re-signing a pasted request). */
  without(drop: (p: SourcedParam) => boolean): ParamSet {
    const kept = new ParamSet();
    for (const p of this.collected) if (!drop(p)) kept.add(p.name, p.value, p.source);
    return kept;
  }
}
