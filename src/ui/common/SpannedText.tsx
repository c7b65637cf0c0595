import type { Span } from '../../engine/types.ts';
import { ParamText } from './ParamText.tsx';

/** A run of `text` with a class of its own, e.g. the base string's method, URI and parameters. */
export interface Part {
  readonly start: number;
  readonly end: number;
  readonly className: string;
}

interface Segment {
  start: number;
  end: number;
  part: Part | undefined;
  ref: number | undefined;
}

/** Cuts text at every part and span boundary; spans never overlap each other. */
function segments(text: string, spans: readonly Span[], parts: readonly Part[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const s of [...spans, ...parts]) {
    cuts.add(Math.max(0, Math.min(s.start, text.length)));
    cuts.add(Math.max(0, Math.min(s.end, text.length)));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i] as number;
    const end = sorted[i + 1] as number;
    const part = parts.find((p) => p.start <= start && end <= p.end);
    const span = spans.find((s) => s.start <= start && end <= s.end);
    out.push({ start, end, part, ref: span?.ref });
  }
  return out;
}

/** Renders a long derived string with each parameter's span highlightable. */
export function SpannedText({ text, spans, parts = [] }: { text: string; spans: readonly Span[]; parts?: readonly Part[] }) {
  return (
    <>
      {/* Keyed by position in the list, not by offset: typing in one parameter shifts the offsets of
          every later segment, and offset keys made React remount them all on each keystroke. */}
      {segments(text, spans, parts).map((seg, i) => {
        const piece = text.slice(seg.start, seg.end);
        if (seg.ref !== undefined) {
          return <ParamText key={i} paramRef={seg.ref} text={piece} {...(seg.part ? { extraClass: seg.part.className } : {})} />;
        }
        return seg.part ? <span key={i} className={seg.part.className}>{piece}</span> : <span key={i}>{piece}</span>;
      })}
    </>
  );
}
