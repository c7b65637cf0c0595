import { parsePasted, type Pasted } from '../../../src/http/index.ts';

export function read(text: string): Pasted {
  const r = parsePasted(text);
  if (!r.ok) throw new Error(`expected a parse, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

export function failure(text: string): { code: string; message: string; at: number } {
  const r = parsePasted(text);
  if (r.ok) throw new Error(`expected an error, got a ${r.value.kind}`);
  return { code: r.error.code, message: r.error.message, at: r.error.at ?? -1 };
}
