/**
 * A provider's refusal in words: the OAuth Problem Reporting `oauth_problem`
 * (or an OAuth 2.0 `error`), what it means, what the provider itself said, and
 * — for signature_invalid with the provider's base string — the two base strings.
 */
import type { OAuthProblem } from '../../http/oauthProblem.ts';
import { BaseStringCompare } from './BaseStringCompare.tsx';

export function ProblemView({ problem, ours }: { problem: OAuthProblem; ours: string | undefined }) {
  return (
    <div className="problem" role="group" aria-label="What the provider said">
      <p>
        <strong>The provider refused: <code>{problem.problem}</code>.</strong> {problem.advice}
      </p>
      {problem.providerAdvice !== undefined && problem.providerAdvice !== '' && (
        <p className="note">In its own words: “{problem.providerAdvice}”</p>
      )}
      {problem.baseString !== undefined && ours !== undefined && <BaseStringCompare ours={ours} theirs={problem.baseString} />}
      {problem.baseString !== undefined && ours === undefined && (
        <p className="note wrap">Its base string: <code>{problem.baseString}</code></p>
      )}
    </div>
  );
}
