import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collectParameters, collectSourcedParameters, normalizeParameters, type HttpRequest, type Param } from '../../src/engine/index.ts';

const FORM: [string, string] = ['Content-Type', 'application/x-www-form-urlencoded'];
const req = (url: string, headers: [string, string][] = [], body = '', method = 'POST'): HttpRequest => ({ method, url, headers, body });

describe('collectParameters (RFC 5849 §3.4.1.3.1)', () => {
  it('decodes the query as a form: + is a space', () => {
    expect(collectParameters(req('https://x.test/?q=a+b%2Bc'))).toEqual([['q', 'a b+c']]);
  });

  it('keeps duplicates, empty values, names without =, and array-style names like app_id[]', () => {
    const url = 'https://x.test/openapi/oauth/access_token?app_id[]=1&app_id[]=2&empty=&flag&app_id%5B%5D=3';
    expect(collectParameters(req(url))).toEqual([['app_id[]', '1'], ['app_id[]', '2'], ['empty', ''], ['flag', ''], ['app_id[]', '3']]);
  });

  it('skips empty fields as browsers do (a trailing & adds nothing)', () => {
    expect(collectParameters(req('https://x.test/?a=1&&b=2&'))).toEqual([['a', '1'], ['b', '2']]);
  });

  it('ignores the fragment', () => {
    expect(collectParameters(req('https://x.test/p?a=1#b=2'))).toEqual([['a', '1']]);
    expect(collectParameters(req('https://x.test/p#x?b=2'))).toEqual([]);
  });

  it("takes the Authorization header's parameters, realm excluded and non-oauth ones (Akana's scope) included", () => {
    const r = req('https://x.test/oauth/oauth10/initiate', [
      ['Authorization', 'OAuth realm="https://x.test", scope=Scope1, oauth_consumer_key="acme%20corp", oauth_signature="abc"'],
    ]);
    expect(collectSourcedParameters(r)).toEqual({
      ok: true,
      value: [
        { ref: 0, name: 'scope', value: 'Scope1', source: 'header' },
        { ref: 1, name: 'oauth_consumer_key', value: 'acme corp', source: 'header' },
      ],
    });
  });

  it('ignores an Authorization header of another scheme', () => {
    expect(collectParameters(req('https://x.test/', [['Authorization', 'Bearer abc=def']]))).toEqual([]);
  });

  it('reads the body only when it is declared application/x-www-form-urlencoded (any case, with a charset)', () => {
    expect(collectParameters(req('https://x.test/', [], 'a=1'))).toEqual([]);
    expect(collectParameters(req('https://x.test/', [['Content-Type', 'application/json']], 'a=1'))).toEqual([]);
    expect(collectParameters(req('https://x.test/', [['content-type', 'Application/X-WWW-Form-URLEncoded; charset=UTF-8']], 'a=1'))).toEqual([['a', '1']]);
  });

  it('excludes oauth_signature wherever it appears', () => {
    const r = req('https://x.test/?oauth_signature=q&a=1', [FORM, ['Authorization', 'OAuth oauth_signature="h"']], 'oauth_signature=b&b=2');
    expect(collectParameters(r)).toEqual([['a', '1'], ['b', '2']]);
  });

  it('keeps the source of each parameter, numbered in the order query, header, body', () => {
    const r = req('https://x.test/?q=1', [FORM, ['Authorization', 'OAuth h="2"']], 'b=3');
    const c = collectSourcedParameters(r);
    expect(c.ok && c.value.map((p) => [p.ref, p.source])).toEqual([[0, 'query'], [1, 'header'], [2, 'body']]);
  });

  it('decodes a body with raw non-ASCII text and raw reserved characters', () => {
    expect(collectParameters(req('https://x.test/', [FORM], 'name=José*&x=a b'))).toEqual([['name', 'José*'], ['x', 'a b']]);
  });

  it('returns a Failure with the position of %zz in the query', () => {
    expect(collectParameters(req('https://x.test/?ok=1&bad=%zz'))).toMatchObject({
      ok: false, error: { code: 'bad-percent-encoding', at: 25, input: 'url' },
    });
  });

  it('returns a Failure with the position of bad UTF-8 in the body', () => {
    expect(collectParameters(req('https://x.test/', [FORM], 'a=1&b=%FF'))).toMatchObject({
      ok: false, error: { code: 'invalid-utf8', at: 6, input: 'body' },
    });
  });
});

describe('normalizeParameters (RFC 5849 §3.4.1.3.2)', () => {
  it('sorts by encoded name, then by encoded value, in byte order', () => {
    const params: Param[] = [['b', '2'], ['a', 'z'], ['a', 'B'], ['A', '1'], ['a-', '0'], ['é', ''], ['~', '']];
    // `a` sorts before `a-` because names are compared before values, not the joined `name=value`.
    expect(normalizeParameters(params)).toBe('%C3%A9=&A=1&a=B&a=z&a-=0&b=2&~=');
  });

  it('does not depend on the order of its input (property)', () => {
    const param = fc.tuple(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }));
    fc.assert(
      fc.property(fc.array(param, { maxLength: 20 }).chain((ps) => fc.tuple(fc.constant(ps), fc.shuffledSubarray(ps, { minLength: ps.length, maxLength: ps.length }))), ([ps, shuffled]) => {
        expect(normalizeParameters(shuffled)).toBe(normalizeParameters(ps));
      }),
      { numRuns: 500 },
    );
  });
});
