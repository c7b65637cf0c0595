/** What the request is: method, URL, parameters, body, and where the oauth_* parameters go. */
import type { Placement } from '../engine/types.ts';
import { freshen } from './freshen.ts';
import { newRowId } from './ids.ts';
import { arrayOf, bool, object, oneOf, str } from './shape.ts';
import type { SliceCreator, StoreEnv } from './types.ts';

export const ROW_SOURCES = ['query', 'body', 'header'] as const;
/** RFC 5849 §3.4.1.3.1's three places a parameter can come from ('header' = inside `Authorization: OAuth`). */
export type RowSource = (typeof ROW_SOURCES)[number];
export const PLACEMENTS: readonly Placement[] = ['header', 'query', 'body'];

export interface ParamRow {
  id: string;
  name: string;
  value: string;
  source: RowSource;
  /** a disabled row stays in the table but is not sent or signed */
  enabled: boolean;
}

export interface RequestInputs {
  method: string;
  /** as typed; may carry its own query, which is signed too */
  url: string;
  params: ParamRow[];
  /** raw body text, sent before the body rows */
  body: string;
  contentType: string;
  placement: Placement;
}

export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

export function defaultRequest(): RequestInputs {
  return {
    method: 'GET',
    url: 'https://api.example.com/photos',
    params: [{ id: newRowId(), name: 'size', value: 'original', source: 'query', enabled: true }],
    body: '',
    contentType: FORM_CONTENT_TYPE,
    placement: 'header',
  };
}

export interface RequestSlice {
  request: RequestInputs;
  setMethod(method: string): void;
  setUrl(url: string): void;
  addParam(source?: RowSource): string;
  updateParam(id: string, patch: Partial<Omit<ParamRow, 'id'>>): void;
  removeParam(id: string): void;
  setBody(body: string): void;
  setContentType(contentType: string): void;
  setPlacement(placement: Placement): void;
}

export function createRequestSlice(env: StoreEnv): SliceCreator<RequestSlice> {
  return (set) => {
    const edit = (patch: (r: RequestInputs) => Partial<RequestInputs>) =>
      set((s) => ({ request: { ...s.request, ...patch(s.request) }, protocol: freshen(s.protocol, env) }));
    return {
      request: defaultRequest(),
      setMethod: (method) => edit(() => ({ method })),
      setUrl: (url) => edit(() => ({ url })),
      addParam: (source = 'query') => {
        const id = newRowId();
        edit((r) => ({ params: [...r.params, { id, name: '', value: '', source, enabled: true }] }));
        return id;
      },
      updateParam: (id, patch) =>
        edit((r) => ({ params: r.params.map((p) => (p.id === id ? { ...p, ...patch } : p)) })),
      removeParam: (id) => edit((r) => ({ params: r.params.filter((p) => p.id !== id) })),
      setBody: (body) => edit(() => ({ body })),
      setContentType: (contentType) => edit(() => ({ contentType })),
      setPlacement: (placement) => edit(() => ({ placement })),
    };
  };
}

const readRow = object<Omit<ParamRow, 'id'>>({ name: str, value: str, source: oneOf(ROW_SOURCES), enabled: bool });

/** Validates stored or shared request inputs; row ids are made afresh, never trusted. */
export const readRequest = (u: unknown): RequestInputs | undefined => {
  const r = object({
    method: str,
    url: str,
    params: arrayOf(readRow),
    body: str,
    contentType: str,
    placement: oneOf(PLACEMENTS),
  })(u);
  return r && { ...r, params: r.params.map((p) => ({ ...p, id: newRowId() })) };
};
