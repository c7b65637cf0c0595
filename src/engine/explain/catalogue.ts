/**
 * The catalogue of known mistakes (issue 5), one table in pipeline order
 * (jose-style: nothing else switches on a mistake's id). Each entry is
 * documented where it is declared, by the stage it changes:
 *   catalogue/request.ts     method, base string URI
 *   catalogue/parameters.ts  which parameters, their order, how they are joined
 *   catalogue/encoding.ts    percent-encoding
 *   catalogue/key.ts         the HMAC / PLAINTEXT key
 *   catalogue/signature.ts   the digest and how it is written and sent
 */
import type { Entry } from './catalogue/entry.ts';
import { METHOD_MISTAKES, URI_MISTAKES } from './catalogue/request.ts';
import { COLLECT_MISTAKES, JOIN_MISTAKES, SORT_MISTAKES } from './catalogue/parameters.ts';
import { ASSEMBLE_MISTAKES, ENCODE_MISTAKES } from './catalogue/encoding.ts';
import { KEY_MISTAKES } from './catalogue/key.ts';
import { DIGEST_MISTAKES, OUTPUT_MISTAKES } from './catalogue/signature.ts';

export const CATALOGUE = [
  ...METHOD_MISTAKES,
  ...URI_MISTAKES,
  ...COLLECT_MISTAKES,
  ...ENCODE_MISTAKES,
  ...SORT_MISTAKES,
  ...JOIN_MISTAKES,
  ...ASSEMBLE_MISTAKES,
  ...KEY_MISTAKES,
  ...DIGEST_MISTAKES,
  ...OUTPUT_MISTAKES,
] as const;

/** The id of a catalogued mistake, e.g. 'key-ampersand-dropped'. */
export type MistakeId = (typeof CATALOGUE)[number]['id'];

/** Every entry, typed for the search (which treats entries alike). */
export const ENTRIES: readonly Entry[] = CATALOGUE as unknown as readonly Entry[];
