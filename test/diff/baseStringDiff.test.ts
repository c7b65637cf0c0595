/**
 * The base-string diff (issue 5) on real base strings: RFC 5849 §3.4.1.1's
 * example against the variant a server gets when it reads "+" literally.
 */
import { describe, expect, it } from 'vitest';
import { diffBaseStrings, type Change, type PartsDiff } from '../../src/diff/index.ts';

/** RFC 5849 §3.4.1.1, the example base string (verbatim). */
const RFC = 'POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26'
  + 'oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26'
  + 'oauth_token%3Dkkk9d7dh3k39sjv7';
/** The same, from a server that took the body's "2+q" literally. */
const PLUS = RFC.replace('a3%3D2%2520q', 'a3%3D2%252Bq');

function parts(ours: string, theirs: string): PartsDiff {
  const d = diffBaseStrings(ours, theirs);
  if (!d.parts.ok) throw new Error(d.parts.error.message);
  return d.parts.value;
}

const side = (raw: readonly Change[], drop: 'added' | 'removed'): string => raw.filter((c) => !c[drop]).map((c) => c.value).join('');

describe('diffBaseStrings', () => {
  it('marks the characters that differ, and both strings can be read back from the raw diff', () => {
    const { raw } = diffBaseStrings(RFC, PLUS);
    expect(side(raw, 'added')).toBe(RFC);
    expect(side(raw, 'removed')).toBe(PLUS);
    expect(raw.filter((c) => c.removed).map((c) => c.value)).toEqual(['0']);
    expect(raw.filter((c) => c.added).map((c) => c.value)).toEqual(['B']);
  });

  it('says in plain words that a3 is "2 q" here and "2+q" there, and nothing else differs', () => {
    const p = parts(RFC, PLUS);
    expect(p.method).toEqual({ ours: 'POST', theirs: 'POST', same: true });
    expect(p.uri).toEqual({ ours: 'http://example.com/request', theirs: 'http://example.com/request', same: true });
    const changed = p.params.filter((d) => d.kind !== 'same');
    expect(changed).toEqual([{
      kind: 'changed', name: 'a3', ours: '2 q', theirs: '2+q', oursEncoded: 'a3=2%20q', theirsEncoded: 'a3=2%2Bq',
      message: 'parameter `a3` is `2 q` here and `2+q` there',
    }]);
    expect(p.params).toHaveLength(11);
    expect(p.order).toBe('same');
  });

  it('pairs repeated names by value, so the unchanged a3=a stays "same"', () => {
    const p = parts(RFC, PLUS);
    expect(p.params.filter((d) => d.name === 'a3').map((d) => d.kind)).toEqual(['changed', 'same']);
  });

  it('says which parameters only one side signed', () => {
    const theirs = RFC.replace('%26oauth_token%3Dkkk9d7dh3k39sjv7', '%26realm%3DExample');
    const p = parts(RFC, theirs);
    expect(p.params.filter((d) => d.kind === 'only-ours' || d.kind === 'only-theirs').map((d) => d.message)).toEqual([
      'parameter `oauth_token` (`kkk9d7dh3k39sjv7`) is only here',
      'parameter `realm` (`Example`) is only there',
    ]);
  });

  it('shows an encoding difference that decoding would hide (lower-case hex)', () => {
    // b5's value "=%3D" encoded with lower-case hex: %3d%253D (the "3D" after %25 is text, not hex of an encoding).
    const theirs = RFC.replace('b5%3D%253D%25253D', 'b5%3D%253d%25253D');
    const b5 = parts(RFC, theirs).params.find((d) => d.name === 'b5');
    expect(b5).toMatchObject({ kind: 'changed', ours: '=%3D', theirs: '=%3D', message: 'parameter `b5` is encoded `b5=%3D%253D` here and `b5=%3d%253D` there' });
  });

  it('notices parameters signed in another order', () => {
    const theirs = RFC.replace('a2%3Dr%2520b%26a3%3D2%2520q', 'a3%3D2%2520q%26a2%3Dr%2520b');
    const p = parts(RFC, theirs);
    expect(p.order).toBe('different');
    expect(p.params.every((d) => d.kind === 'same')).toBe(true);
  });

  it('compares method and URI decoded', () => {
    const p = parts(RFC, RFC.replace('POST&http%3A%2F%2Fexample.com', 'GET&https%3A%2F%2Fexample.com'));
    expect(p.method).toEqual({ ours: 'POST', theirs: 'GET', same: false });
    expect(p.uri.theirs).toBe('https://example.com/request');
    expect(p.uri.same).toBe(false);
  });

  it('reads a parameter part that was never encoded the second time', () => {
    const theirs = 'POST&http%3A%2F%2Fexample.com%2Frequest&a2=r%20b&a3=2%20q&a3=a&b5=%3D%253D&c%40=&c2=&oauth_consumer_key=9djdj82h48djs9d2'
      + '&oauth_nonce=7d8f3e4a&oauth_signature_method=HMAC-SHA1&oauth_timestamp=137131201&oauth_token=kkk9d7dh3k39sjv7';
    expect(parts(RFC, theirs).params.every((d) => d.kind === 'same')).toBe(true);
  });

  it('ignores the whitespace around a pasted base string', () => {
    expect(parts(RFC, `  ${PLUS}\n`).params.filter((d) => d.kind !== 'same')).toHaveLength(1);
  });

  describe('malformed base strings: an error value with the position, never a throw', () => {
    it('a string with fewer than three parts', () => {
      const d = diffBaseStrings(RFC, 'POST&http%3A%2F%2Fexample.com');
      expect(d.parts).toMatchObject({ ok: false, error: { code: 'not-a-base-string', at: 29, input: 'theirs' } });
      expect(d.raw.length).toBeGreaterThan(0);
    });

    it('a bad percent-encoding in the URI', () => {
      const d = diffBaseStrings('GET&http%3A%2F%2Fa.example%zz&', RFC);
      expect(d.parts).toMatchObject({ ok: false, error: { code: 'bad-percent-encoding', at: 26, input: 'ours' } });
    });

    it('a bad percent-encoding inside a parameter (the second decoding), placed in the base string', () => {
      const theirs = 'GET&http%3A%2F%2Fa.example%2F&a%3D1%26b%3D%25zz';
      const d = diffBaseStrings(RFC, theirs);
      expect(d.parts).toMatchObject({ ok: false, error: { code: 'bad-percent-encoding', at: theirs.indexOf('%25zz'), input: 'theirs' } });
    });

    it('two unrelated long strings give the raw diff as "all removed, all added"', () => {
      const a = 'x'.repeat(6000);
      const b = 'y'.repeat(6000);
      const d = diffBaseStrings(a, b);
      expect(d.raw).toEqual([{ value: a, added: false, removed: true }, { value: b, added: true, removed: false }]);
      expect(d.parts.ok).toBe(false);
    });
  });
});
