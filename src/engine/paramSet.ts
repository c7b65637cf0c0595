/**
 * The parameters of RFC 5849 §3.4.1.3.1 while the engine works on them. A
 * form-encoded field is kept as its raw bytes until the base string is written:
 * the usual field is already in §3.6 form, so its raw text is its encoding and
 * one pass can decode it and write its part of the base string (assemble.ts).
 */
import type { EncodedParam, ParamSource, SourcedParam } from './types.ts';
import { encodeWellFormed } from './percent.ts';

/** An EncodedParam under construction: a raw field's value is filled in when it is decoded. */
export interface Entry {
  readonly ref: number;
  name: string;
  value: string;
  encodedName: string;
  encodedValue: string;
}

/** Where a form-encoded text was copied into the source buffer, to map byte offsets back to the text. */
export interface Segment {
  readonly text: string;
  readonly input: string;
  /** text offset minus source-buffer offset */
  readonly delta: number;
}

export class ParamSet {
  readonly entries: Entry[] = [];
  readonly sources: ParamSource[] = [];
  /** per ref: [nameFrom, nameTo, valueFrom, valueTo] in the source buffer, or -1s for a parameter given as strings */
  readonly raw: number[] = [];
  /** per ref: the segment a raw field came from (undefined for strings) */
  readonly segments: (Segment | undefined)[] = [];
  /** how much of the source buffer the raw fields use */
  sourceUsed = 0;
  /**
   * per ref, once the pass found a raw field already in §3.6 form: its `name=value`
   * text, sliced from the input, so the normalized string is joined from slices, not new pairs
   */
  pairs: (string | undefined)[] = [];

  /** A parameter from its decoded name and value (already checked well-formed). */
  add(name: string, value: string, source: ParamSource): void {
    const ref = this.entries.length;
    this.entries.push({ ref, name, value, encodedName: encodeWellFormed(name), encodedValue: encodeWellFormed(value) });
    this.sources.push(source);
    this.raw.push(-1, -1, -1, -1);
    this.segments.push(undefined);
  }

  /**
   * A form field whose raw name and value stand in for their encodings until
   * assemble.ts checks them; they sit in the source buffer at `at` and `valueAt`.
   * `name` is already decoded (names are short and needed early).
   */
  addRaw(name: string, rawName: string, rawValue: string, source: ParamSource, segment: Segment, at: number, valueAt: number): void {
    const ref = this.entries.length;
    this.entries.push({ ref, name, value: '', encodedName: rawName, encodedValue: rawValue });
    this.sources.push(source);
    this.raw.push(at, at + rawName.length, valueAt, valueAt + rawValue.length);
    this.segments.push(segment);
  }

  /** RFC 5849 §3.4.1.3.1's list, once decoded. */
  collected(): SourcedParam[] {
    const out = new Array<SourcedParam>(this.entries.length);
    for (let i = 0; i < out.length; i++) {
      const e = this.entries[i] as Entry;
      out[i] = { ref: e.ref, name: e.name, value: e.value, source: this.sources[i] as ParamSource };
    }
    return out;
  }

  /** The entries as the trace's EncodedParam list (same objects: the trace is read-only). */
  encoded(): readonly EncodedParam[] {
    return this.entries;
  }
}
