/**
 * One Tab stop per step for its parameter pieces (ParamText), and the arrow keys
 * between them: with 100 parameters a step holds hundreds of pieces, and a Tab
 * stop each would bury everything after the steps (WAI-ARIA APG, roving tabindex).
 * The tab stop is kept in the DOM, not in React state, so moving it re-renders nothing.
 */
import { useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

const PIECE = '[data-ref]';

const NEXT: Readonly<Record<string, (i: number, last: number) => number>> = {
  ArrowRight: (i, last) => Math.min(i + 1, last),
  ArrowDown: (i, last) => Math.min(i + 1, last),
  ArrowLeft: (i) => Math.max(i - 1, 0),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_i, last) => last,
};

function moveStop(from: HTMLElement | null, to: HTMLElement): void {
  if (from && from !== to) from.tabIndex = -1;
  to.tabIndex = 0;
}

export function useRovingParamFocus<T extends HTMLElement>(): { rootRef: RefObject<T | null>; onKeyDown(e: KeyboardEvent): void; onFocus(e: FocusEvent): void } {
  const ref = useRef<T | null>(null);
  const stop = useRef<HTMLElement | null>(null);

  // After every render: the stop is still one of this step's pieces, or the first piece becomes it.
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root || (stop.current?.isConnected && root.contains(stop.current))) return;
    const first = root.querySelector<HTMLElement>(PIECE);
    if (first) moveStop(null, first);
    stop.current = first;
  });

  return {
    rootRef: ref,
    onFocus(e) {
      // Focus may land on any piece (a click, the arrow keys): that piece becomes the stop.
      if (!(e.target instanceof HTMLElement) || !e.target.matches(PIECE)) return;
      moveStop(stop.current, e.target);
      stop.current = e.target;
    },
    onKeyDown(e) {
      const step = NEXT[e.key];
      const root = ref.current;
      if (!step || !root || !(e.target instanceof HTMLElement) || !e.target.matches(PIECE)) return;
      const pieces = [...root.querySelectorAll<HTMLElement>(PIECE)];
      const target = pieces[step(pieces.indexOf(e.target), pieces.length - 1)];
      if (!target) return;
      e.preventDefault();
      target.focus();
    },
  };
}
