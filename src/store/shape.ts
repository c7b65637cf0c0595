/**
 * Tiny shape checks for data the app did not just create itself (localStorage,
 * a share link): a stored state is untrusted input. Each check returns the
 * value typed, or undefined when it does not fit.
 */
export type Check<T> = (u: unknown) => T | undefined;

export const str: Check<string> = (u) => (typeof u === 'string' ? u : undefined);
export const bool: Check<boolean> = (u) => (typeof u === 'boolean' ? u : undefined);

export function oneOf<const T extends string>(values: readonly T[]): Check<T> {
  return (u) => (typeof u === 'string' && (values as readonly string[]).includes(u) ? (u as T) : undefined);
}

export function arrayOf<T>(item: Check<T>): Check<T[]> {
  return (u) => {
    if (!Array.isArray(u)) return undefined;
    const out: T[] = [];
    for (const x of u) {
      const v = item(x);
      if (v === undefined) return undefined;
      out.push(v);
    }
    return out;
  };
}

type Shape<T> = { [K in keyof T]-?: Check<T[K]> };

/** Every key of the shape must be present and valid; unknown keys are dropped. */
export function object<T>(shape: Shape<T>): Check<T> {
  return (u) => {
    if (typeof u !== 'object' || u === null || Array.isArray(u)) return undefined;
    const rec = u as Record<string, unknown>;
    const out: Partial<T> = {};
    for (const key of Object.keys(shape) as (keyof T & string)[]) {
      const v = shape[key](rec[key]);
      if (v === undefined) return undefined;
      out[key] = v;
    }
    return out as T;
  };
}

/** Like `object`, but the keys listed in `optional` may be missing (they stay missing). */
export function objectWithOptional<T, O extends keyof T & string>(shape: Shape<T>, optional: readonly O[]): Check<T> {
  return (u) => {
    if (typeof u !== 'object' || u === null || Array.isArray(u)) return undefined;
    const rec = u as Record<string, unknown>;
    const out: Partial<T> = {};
    for (const key of Object.keys(shape) as (keyof T & string)[]) {
      if (!(key in rec) && (optional as readonly string[]).includes(key)) continue;
      const v = shape[key](rec[key]);
      if (v === undefined) return undefined;
      out[key] = v;
    }
    return out as T;
  };
}
