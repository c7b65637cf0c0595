/**
 * Issue 5: for every catalogued mistake, a wrong signature built by its own
 * construction (otherSide.ts) is explained by naming that mistake; pairs too;
 * an unrelated signature is honestly not explained.
 */
import { describe, expect, it } from 'vitest';
import { explainMismatch, type Explanation, type ExplainTarget } from '../../../src/engine/explain/index.ts';
import { CATALOGUE } from '../../../src/engine/explain/catalogue.ts';
import { verifyRequestSync, type Result } from '../../../src/engine/index.ts';
import { baseString, signature } from './otherSide.ts';
import { FIXTURES, type Fixture } from './fixtures.ts';
import { PAIR_ROWS, ROWS } from './catalogue.cases.ts';

function explain(f: Fixture, target: ExplainTarget, extra: { otherTokenSecrets?: readonly string[]; exhaustive?: boolean } = {}): Result<Explanation> {
  return explainMismatch({
    request: f.request, consumerSecret: f.consumerSecret, signatureMethod: f.signatureMethod, target,
    ...(f.tokenSecret === undefined ? {} : { tokenSecret: f.tokenSecret }), ...extra,
  });
}

function explained(r: Result<Explanation>): Explanation {
  if (!r.ok) throw new Error(`explainMismatch failed: ${r.error.message}`);
  return r.value;
}

const ids = (e: Explanation, i = 0): string[] | undefined => e.matches[i]?.mistakes.map((m) => m.id);

describe('the fixtures: the hand-written correct recipe is what the engine computes', () => {
  it.each(Object.entries(FIXTURES))('%s', (_name, f) => {
    const verified = verifyRequestSync({
      request: f.request, consumerSecret: f.consumerSecret, ...(f.tokenSecret === undefined ? {} : { tokenSecret: f.tokenSecret }),
    });
    if (!verified.ok) throw new Error(verified.error.message);
    expect(baseString(f.correct)).toBe(verified.value.trace.baseString.full);
    expect(signature(f.correct)).toBe(verified.value.expected);
    const ours = explained(explain(f, { signature: 'x' })).ours;
    expect(ours).toEqual({ baseString: verified.value.trace.baseString.full, signature: verified.value.expected });
  });
});

describe('every catalogued mistake, made by hand, is named', () => {
  it('has a hand-made row for every catalogue entry, and no row for an unknown id', () => {
    const catalogued = new Set(CATALOGUE.map((e) => e.id));
    const covered = new Set(ROWS.map((r) => r.id));
    expect([...catalogued].filter((id) => !covered.has(id))).toEqual([]);
    expect([...covered].filter((id) => !catalogued.has(id as never))).toEqual([]);
  });

  it.each(ROWS.map((r) => [r.id, r.fixture, r] as const))('%s (on %s) from its signature', (id, fixture, row) => {
    const f = FIXTURES[fixture];
    const wrong = row.make(f.correct);
    const e = explained(explain(f, { signature: signature(wrong) }, row.otherTokenSecrets ? { otherTokenSecrets: row.otherTokenSecrets } : {}));
    // The requests are chosen so that no other mistake reproduces the same signature.
    expect(e.matches.map((m) => m.mistakes.map((x) => x.id))).toEqual([[id]]);
    expect(e.matches[0]?.baseString).toBe(baseString(wrong));
    expect(e.matches[0]?.signature).toBe(signature(wrong));
    expect(e.closest).toBeUndefined();
  });

  // A mistake that changes the base string is found from a reported base string too — for RSA as well, which cannot be re-signed.
  const upstream = ROWS.filter((r) => baseString(r.make(FIXTURES[r.fixture].correct)) !== baseString(FIXTURES[r.fixture].correct));
  it.each(upstream.map((r) => [r.id, r.fixture, r] as const))('%s (on %s) from its base string, under RSA-SHA1', (id, fixture, row) => {
    const f = { ...FIXTURES[fixture], signatureMethod: 'RSA-SHA1' as const };
    const e = explained(explain(f, { baseString: baseString(row.make(f.correct)) }));
    expect(ids(e)).toEqual([id]);
    expect(e.matches[0]?.signature).toBe('');
  });
});

describe('pairs of mistakes', () => {
  it.each(PAIR_ROWS.map((r) => [r.ids.join(' + '), r] as const))('%s', (_name, row) => {
    const f = FIXTURES[row.fixture];
    const e = explained(explain(f, { signature: signature(row.make(f.correct)) }));
    expect(ids(e)).toEqual([...row.ids]);
    expect(e.matches.every((m) => m.mistakes.length === 2)).toBe(true);
  });

  it('says where the computations part: at the earlier step of the two', () => {
    const row = PAIR_ROWS[0];
    if (row === undefined) throw new Error('no pair rows');
    const f = FIXTURES[row.fixture];
    const e = explained(explain(f, { signature: signature(row.make(f.correct)) }));
    expect(e.matches[0]?.partsAt).toBe('encoding');
    expect(e.matches[0]?.mistakes.map((m) => m.step)).toEqual(['encoding', 'key']);
  });
});

describe('when no known mistake matches', () => {
  it('says so for an unrelated signature, and shows our base string as the closest', () => {
    const e = explained(explain(FIXTURES.photos, { signature: 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=' }));
    expect(e.matches).toEqual([]);
    expect(e.variantsTried).toBeGreaterThan(300);
    expect(e.closest?.baseString).toBe(baseString(FIXTURES.photos.correct));
    expect(e.closest?.mistakes).toEqual([]);
    expect(e.closest?.distance).toBeUndefined();
  });

  it('shows the nearest variant and its distance for an unrelated base string', () => {
    const f = FIXTURES.photos;
    // The host is wrong (no mistake of the catalogue: .com for .net) and realm is signed (one that is).
    const theirs = baseString({ ...f.correct, uri: 'https://photos.example.com/v1/photos/', params: [...f.correct.params, ['realm', 'Photos']] });
    const e = explained(explain(f, { baseString: theirs }));
    expect(e.matches).toEqual([]);
    expect(e.closest).toEqual({
      baseString: baseString({ ...f.correct, params: [...f.correct.params, ['realm', 'Photos']] }),
      distance: 3,
      mistakes: ['params-realm-included'],
    });
  });
});

describe('the search', () => {
  it('ranks a single mistake above pairs, and stops after the singles when one matches', () => {
    const f = FIXTURES.photos;
    const target = { signature: signature({ ...f.correct, key: 'kd94hf93k423kf44&' }) };
    const early = explained(explain(f, target));
    const full = explained(explain(f, target, { exhaustive: true }));
    expect(early.variantsTried).toBeLessThan(full.variantsTried);
    expect(ids(full)).toEqual(['key-token-secret-left-out']);
    expect(full.matches.slice(1).every((m) => m.mistakes.length === 2)).toBe(true);
  });

  it('lists the catalogue in pipeline order, with unique ids, a title and a one-sentence fix', () => {
    const order = ['method', 'uri', 'collect', 'encode', 'sort', 'join', 'assemble', 'key', 'digest', 'output'];
    const stages = CATALOGUE.map((e) => order.indexOf(e.stage));
    expect(stages).toEqual([...stages].sort((a, b) => a - b));
    expect(new Set(CATALOGUE.map((e) => e.id)).size).toBe(CATALOGUE.length);
    for (const e of CATALOGUE) {
      expect(e.title).toMatch(/^[A-Z"].*\.$/);
      expect(e.fix).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('answers "no-mismatch" for our own signature', () => {
    const f = FIXTURES.photos;
    const r = explain(f, { signature: signature(f.correct) });
    expect(r.ok ? undefined : r.error.code).toBe('no-mismatch');
  });

  it('asks for a base string to explain an RSA signature', () => {
    const r = explain({ ...FIXTURES.photos, signatureMethod: 'RSA-SHA256' }, { signature: 'abc=' });
    expect(r.ok ? undefined : r.error.code).toBe('rsa-needs-base-string');
  });

  it('gives a malformed request back as an error value with its position', () => {
    const f = FIXTURES.photos;
    const r = explain({ ...f, request: { ...f.request, url: 'https://photos.example.net/p?a=%zz' } }, { signature: 'abc=' });
    expect(r.ok).toBe(false);
    expect(r.ok ? undefined : r.error).toMatchObject({ code: 'bad-percent-encoding', at: 31 });
  });

  it('accepts a pasted target with surrounding whitespace', () => {
    const f = FIXTURES.sevenDigital;
    const e = explained(explain(f, { signature: ` ${signature({ ...f.correct, key: 'YOUR_SECRET_HERE' })}\n` }));
    expect(ids(e)).toEqual(['key-ampersand-dropped']);
  });

  it('says which alternative of a mistake was made', () => {
    const f = FIXTURES.mediamosa;
    const e = explained(explain(f, { signature: signature({ ...f.correct, uri: 'http://mediamosa.example.org:80/openapi/oauth/access_token' }) }));
    expect(e.matches[0]?.mistakes[0]?.detail).toBe('added :80');
  });
});
