/**
 * A character diff made readable: a short run the two strings happen to share
 * in the middle of a change ("s", "ig" inside "size%3Doriginal" against
 * "oauth_version%3D1.0%26size%3Dlarge") is folded into the change, so each side
 * shows one marked stretch instead of confetti. Diff-match-patch's semantic
 * cleanup rule: an equal run no longer than the changes on both its sides goes.
 * Ours is still every unchanged and removed run in order, theirs every unchanged and added one.
 */
import type { Change } from '../../diff/baseStringDiff.ts';

interface Group {
  removed: string;
  added: string;
}

type Piece = { same: string } | Group;

const isSame = (p: Piece | undefined): p is { same: string } => p !== undefined && 'same' in p;
const size = (p: Piece | undefined): number => (p === undefined || isSame(p) ? 0 : p.removed.length + p.added.length);

/** Unchanged runs, and between them one group of what was removed and added. */
function toPieces(changes: readonly Change[]): Piece[] {
  const pieces: Piece[] = [];
  for (const c of changes) {
    const last = pieces[pieces.length - 1];
    if (!c.added && !c.removed) {
      if (isSame(last)) last.same += c.value;
      else pieces.push({ same: c.value });
    } else {
      const group: Group = last !== undefined && !isSame(last) ? last : { removed: '', added: '' };
      if (group !== last) pieces.push(group);
      if (c.removed) group.removed += c.value;
      else group.added += c.value;
    }
  }
  return pieces;
}

export function readableChanges(changes: readonly Change[]): Change[] {
  const pieces = toPieces(changes);
  for (let i = 1; i + 1 < pieces.length; ) {
    const mid = pieces[i];
    const before = pieces[i - 1];
    const after = pieces[i + 1];
    if (isSame(mid) && !isSame(before) && !isSame(after) && before && after
      && mid.same.length <= size(before) && mid.same.length <= size(after)) {
      // Both sides have `mid`: it joins the removed and the added text of one merged group.
      pieces.splice(i - 1, 3, { removed: before.removed + mid.same + after.removed, added: before.added + mid.same + after.added });
      i = Math.max(1, i - 1);
    } else {
      i++;
    }
  }
  const out: Change[] = [];
  for (const p of pieces) {
    if (isSame(p)) {
      out.push({ value: p.same, added: false, removed: false });
    } else {
      if (p.removed !== '') out.push({ value: p.removed, added: false, removed: true });
      if (p.added !== '') out.push({ value: p.added, added: true, removed: false });
    }
  }
  return out;
}
