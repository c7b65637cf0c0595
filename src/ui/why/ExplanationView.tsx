/**
 * What the explainer found, in words: each exact match with the mistake(s), the
 * step where the two computations part, how to fix it, and the variant's own base
 * string and signature beside the target; or, honestly, that nothing matched.
 */
import { useMemo } from 'react';
import { diffBaseStrings } from '../../diff/baseStringDiff.ts';
import { CATALOGUE } from '../../engine/explain/catalogue.ts';
import type { Closest, Explanation, Match } from '../../engine/explain/types.ts';
import type { Result } from '../../engine/types.ts';
import { useAppStore } from '../../store/context.tsx';
import { Output } from '../common/Output.tsx';
import { MASK } from '../common/mask.ts';
import { BaseStringDiffView } from './BaseStringDiffView.tsx';
import { DiffMarked, differs } from './DiffMarked.tsx';
import { STEP_PLACES, StepAnchor, StepLink } from './StepLink.tsx';

/** What the explainer was asked to reproduce. */
export type WhyTarget =
  | { readonly kind: 'signature'; readonly value: string }
  | { readonly kind: 'baseString'; readonly value: string };

interface Props {
  explained: Result<Explanation>;
  target: WhyTarget;
  /** the checked request is PLAINTEXT: its signatures are keys, masked like every secret */
  plaintext: boolean;
}

const TARGET_NAMES = {
  signature: { the: 'the signature in the request', this: 'this signature', label: 'Signature in the request, to compare' },
  baseString: { the: 'the server’s base string', this: 'this base string', label: 'The server’s base string' },
} as const;

function titleOf(id: string): string {
  return CATALOGUE.find((e) => e.id === id)?.title ?? id;
}

/** A signature that is a key (PLAINTEXT), masked unless the secrets are shown. */
function useSignatureMask(plaintext: boolean): (signature: string, match?: Match) => string {
  const show = useAppStore((s) => s.ui.showSecrets);
  return (signature, match) => {
    const isKey = plaintext || (match?.mistakes.some((m) => m.id === 'sig-plaintext') ?? false);
    return isKey && !show && signature !== '' ? MASK : signature;
  };
}

/** The variant's base string, with what differs from sigstep's marked. */
function VariantBaseString({ ours, variant, label }: { ours: string; variant: string; label: string }) {
  const raw = useMemo(() => diffBaseStrings(ours, variant).raw, [ours, variant]);
  if (!differs(raw)) {
    return (
      <p className="note">
        {label} is the same as sigstep’s (<StepAnchor n={5}>step 5</StepAnchor>): the two sides part after it.
      </p>
    );
  }
  return (
    <Output label={label} copyText={variant}>
      <DiffMarked changes={raw} side="theirs" />
    </Output>
  );
}

function Reproduces({ what }: { what: string }) {
  return (
    <p className="why-reproduces">
      <span aria-hidden="true">✓ </span>Reproduces {what} exactly
    </p>
  );
}

function MatchView({ match, n, count, target, ours, mask }: {
  match: Match; n: number; count: number; target: WhyTarget; ours: string;
  mask: (signature: string, match?: Match) => string;
}) {
  const pair = match.mistakes.length > 1;
  const name = count === 1 ? (pair ? 'these mistakes' : 'this mistake') : `match ${n}`;
  const names = TARGET_NAMES[target.kind];
  const place = STEP_PLACES[match.partsAt];
  const headingId = `why-match-${target.kind}-${n}`;
  const reproduced = target.kind === 'signature'
    ? match.signature === target.value.trim()
    : match.baseString === target.value.trim();
  return (
    <li className="why-match">
      <article aria-labelledby={headingId}>
        <h5 id={headingId}>
          {count > 1 && `${n}. `}
          {pair ? 'Two mistakes together' : 'One mistake'}{' '}
          <span className="why-rarity">({match.mistakes.map((m) => m.rarity).join(' + ')})</span>
        </h5>
        <dl className="why-facts">
          <dt>What the other side did</dt>
          {match.mistakes.map((m) => (
            <dd key={`${m.id}-${m.detail ?? ''}`} className="why-title">
              {m.title}
              {m.detail !== undefined && <span className="hint"> ({m.detail})</span>}
            </dd>
          ))}
          <dt>Where the two computations part</dt>
          <dd>
            At <StepLink step={match.partsAt} />{place.what === undefined ? '.' : `: ${place.what}.`}
          </dd>
          <dt>Which side should change, and how</dt>
          {match.mistakes.map((m) => (
            <dd key={`${m.id}-${m.detail ?? ''}`} className="why-fix">{m.fix}</dd>
          ))}
        </dl>
        {reproduced && <Reproduces what={names.the} />}
        {target.kind === 'signature' ? (
          <>
            <div className="side-by-side">
              <Output label={`Signature with ${name}`} copyText={match.signature}>{mask(match.signature, match)}</Output>
              <Output label={names.label} copyText={target.value}>{mask(target.value, match)}</Output>
            </div>
            <VariantBaseString ours={ours} variant={match.baseString} label={`Base string with ${name}`} />
          </>
        ) : (
          <>
            <VariantBaseString ours={ours} variant={match.baseString} label={`Base string with ${name}`} />
            {match.signature !== '' && (
              <Output label={`Signature the server expects, with ${name} and these secrets`} copyText={match.signature}>
                {mask(match.signature, match)}
              </Output>
            )}
          </>
        )}
      </article>
    </li>
  );
}

function ClosestView({ closest, target }: { closest: Closest; target: WhyTarget }) {
  const own = closest.mistakes.length === 0;
  if (target.kind === 'signature') {
    return (
      <div className="why-closest">
        <p className="note">
          A signature cannot be measured against base strings, so the closest sigstep can show is its own base string.
          Compare it with the one the other side signed; if the server reported its base string, paste it below.
        </p>
        <Output label="Closest base string (sigstep’s own)" copyText={closest.baseString} />
      </div>
    );
  }
  const away = closest.distance === undefined ? '' : `, ${closest.distance} character${closest.distance === 1 ? '' : 's'} away from theirs`;
  return (
    <div className="why-closest">
      <p className="note">
        The closest base string is {own ? 'sigstep’s own' : 'the one made with these mistakes'}{away}
        {own ? ' (compared with theirs above).' : ':'}
      </p>
      {!own && (
        <>
          <ul className="why-closest-mistakes">
            {closest.mistakes.map((id) => <li key={id}>{titleOf(id)}</li>)}
          </ul>
          <BaseStringDiffView ours={closest.baseString} theirs={target.value.trim()} theirsLabel="The server’s base string, to compare" oursLabel="Closest base string" />
        </>
      )}
    </div>
  );
}

/** The one sentence a screen reader hears when the result changes (the parent's live region shows it). */
export function summaryText(explained: Result<Explanation>, target: WhyTarget): string {
  if (!explained.ok) {
    if (explained.error.code === 'no-mismatch' && target.kind === 'baseString') {
      return 'The server’s base string is the same as sigstep’s, so both sides agree up to the base string: the difference is in the key or the signature method.';
    }
    return explained.error.message;
  }
  const { matches, variantsTried } = explained.value;
  const names = TARGET_NAMES[target.kind];
  const first = matches[0];
  if (first === undefined) {
    return `No known mistake reproduces ${names.this}: sigstep tried ${variantsTried} variants (every known mistake, and every pair of them).`;
  }
  if (matches.length === 1) {
    return `${first.mistakes.length > 1 ? 'A pair of known mistakes reproduces' : 'A known mistake reproduces'} ${names.the} exactly.`;
  }
  return `${matches.length} known mistakes, or pairs of them, reproduce ${names.the} exactly; the most likely comes first.`;
}

/** The result below its summary sentence (which the parent shows in its live region). */
export function ExplanationView({ explained, target, plaintext }: Props) {
  const mask = useSignatureMask(plaintext);
  if (!explained.ok) {
    if (explained.error.code === 'no-mismatch' && target.kind === 'baseString') {
      return (
        <p className="hint">
          Compare the signing key (<StepAnchor n={6}>step 6</StepAnchor>: the consumer and token secrets) and the signature
          method (<StepAnchor n={7}>step 7</StepAnchor>) with the server’s.
        </p>
      );
    }
    return null;
  }
  const { matches, closest, ours } = explained.value;
  const names = TARGET_NAMES[target.kind];
  if (matches.length === 0) {
    return (
      <div className="why-result">
        {target.kind === 'signature' && (
          <p className="hint">
            Check the secrets first: a wrong consumer or token secret changes every signature, and no mistake can explain that.
          </p>
        )}
        {closest && <ClosestView closest={closest} target={target} />}
      </div>
    );
  }
  return (
    <ol className="why-matches" aria-label={`What reproduces ${names.the}`}>
      {matches.map((m, i) => (
        <MatchView key={i} match={m} n={i + 1} count={matches.length} target={target} ours={ours.baseString} mask={mask} />
      ))}
    </ol>
  );
}
