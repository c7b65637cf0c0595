/**
 * The Why panel's readable character diff (ui/why/readableChanges.ts): whatever
 * it folds, each side still reads back as its own string, and the marked runs
 * alternate with unchanged ones (one marked stretch per place, not confetti).
 */
import { diffChars } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/diff/index.ts';
import { readableChanges } from '../../src/ui/why/readableChanges.ts';

const raw = (a: string, b: string): Change[] => diffChars(a, b).map((c) => ({ value: c.value, added: c.added, removed: c.removed }));
const side = (changes: readonly Change[], which: 'ours' | 'theirs'): string =>
  changes.filter((c) => (which === 'ours' ? !c.added : !c.removed)).map((c) => c.value).join('');
const show = (changes: readonly Change[]): string =>
  changes.map((c) => (c.added ? `{+${c.value}}` : c.removed ? `[-${c.value}]` : c.value)).join('');

describe('readableChanges', () => {
  it('folds the short runs a character diff finds inside a change into one marked stretch per side', () => {
    const ours = 'file%3Dvacation.jpg%26size%3Doriginal';
    const theirs = 'file%3Dvacation.jpg%26oauth_version%3D1.0%26size%3Dlarge';
    expect(show(readableChanges(raw(ours, theirs)))).toBe('file%3Dvacation.jpg%26[-si]{+oauth_version%3D1.0%26si}ze%3D[-original]{+large}');
  });

  it('keeps a small change small', () => {
    expect(show(readableChanges(raw('a2%3Dr%2520b', 'a2%3Dr%2Bb')))).toBe('a2%3Dr%2[-520]{+B}b');
    expect(show(readableChanges(raw('same', 'same')))).toBe('same');
  });

  const text = fc.string({ unit: fc.constantFrom('a', 'b', '%', '2', '0', '&', '='), maxLength: 40 });
  it('reads back as both strings, never with two unchanged or two same-kind runs in a row', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const out = readableChanges(raw(a, b));
        expect(side(out, 'ours')).toBe(a);
        expect(side(out, 'theirs')).toBe(b);
        for (let i = 1; i < out.length; i++) {
          const [x, y] = [out[i - 1] as Change, out[i] as Change];
          expect(x.added === y.added && x.removed === y.removed).toBe(false);
          expect(x.added && y.removed).toBe(false); // removed comes before added within a change
        }
        expect(out.every((c) => c.value !== '')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
