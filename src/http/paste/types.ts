/**
 * What "Paste to check" hands the store: the request it read, which format it
 * recognised, and which parts of the request the paste actually said something about.
 */
import type { EngineError, HttpRequest, Result } from '../../engine/types.ts';

export type PasteKind = 'curl' | 'raw-http' | 'har' | 'url' | 'authorization-header' | 'form-body';

export interface Pasted {
  readonly kind: PasteKind;
  /**
   * The request as read. Parts whose `known` flag is false hold a neutral filler
   * ('' for header-only and form-body pastes, 'GET' for a bare URL) that the store
   * should not copy over what the user already has.
   */
  readonly request: HttpRequest;
  readonly known: { readonly method: boolean; readonly url: boolean; readonly headers: boolean; readonly body: boolean };
  /** things the user should know about how the paste was read, e.g. a `$VAR` kept literally */
  readonly notes: readonly string[];
}

export type PasteFailure = { readonly ok: false; readonly error: EngineError & { readonly at: number; readonly input: 'paste' } };

/** Every paste error points into the pasted text, so the UI can say "line 3, column 14". */
export function pasteError(code: string, message: string, at: number): PasteFailure {
  return { ok: false, error: { code, message, at, input: 'paste' } };
}

export function pasted(
  kind: PasteKind,
  request: HttpRequest,
  known: Pasted['known'],
  notes: readonly string[] = [],
): Result<Pasted> {
  return { ok: true, value: { kind, request, known, notes } };
}

export const ALL_KNOWN: Pasted['known'] = { method: true, url: true, headers: true, body: true };
