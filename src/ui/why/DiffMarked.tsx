/**
 * One side of a character diff (diff/ `raw` changes): ours shows what is the
 * same and what only ours has (removed), theirs what is the same and what only
 * theirs has (added). The marks are <del>/<ins> with words a screen reader says.
 */
import { useMemo } from 'react';
import type { Change } from '../../diff/baseStringDiff.ts';
import { readableChanges } from './readableChanges.ts';

export type DiffSide = 'ours' | 'theirs';

export function DiffMarked({ changes: raw, side }: { changes: readonly Change[]; side: DiffSide }) {
  const changes = useMemo(() => readableChanges(raw), [raw]);
  return (
    <>
      {changes.map((c, i) => {
        if (!c.added && !c.removed) return <span key={i}>{c.value}</span>;
        if (c.removed && side === 'ours') {
          return (
            <del key={i} className="diff-removed">
              <span className="visually-hidden">[removed: </span>{c.value}<span className="visually-hidden">]</span>
            </del>
          );
        }
        if (c.added && side === 'theirs') {
          return (
            <ins key={i} className="diff-added">
              <span className="visually-hidden">[added: </span>{c.value}<span className="visually-hidden">]</span>
            </ins>
          );
        }
        // What only the other side has: a thin mark where it is missing here (unless this side has its own change there).
        const ownChange = (c2: Change | undefined) => c2 !== undefined && (side === 'ours' ? c2.removed : c2.added);
        if (ownChange(changes[i - 1]) || ownChange(changes[i + 1])) return null;
        return <span key={i} className="diff-gap" aria-hidden="true" title={`missing here: ${c.value}`} />;
      })}
    </>
  );
}

/** True when the two strings differ anywhere. */
export const differs = (changes: readonly Change[]): boolean => changes.some((c) => c.added || c.removed);
