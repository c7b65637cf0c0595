/**
 * OAuth 2.0 client credentials, step by step: key and secret → key:secret →
 * base64 → Authorization: Basic, the form body, the token answer with its
 * lifetime, then the Bearer request.
 */
import { formEncode } from '../../engine/oauth2.ts';
import type { HttpRequest } from '../../engine/types.ts';
import { toCurl } from '../../http/curl.ts';
import { useAppStore } from '../../store/context.tsx';
import { useOAuth2Requests } from '../../store/flowHooks.ts';
import { readTokenAnswer } from '../../store/oauth2Requests.ts';
import { MASK } from '../common/mask.ts';
import { Output } from '../common/Output.tsx';
import { FlowCard } from '../flow/FlowCard.tsx';
import { RunView } from '../flow/RunView.tsx';
import { SendButtons } from '../flow/SendButtons.tsx';
import { SecretField } from '../inputs/SecretField.tsx';
import '../flow/flow.css';
import { OAuth2Inputs } from './OAuth2Inputs.tsx';
import { TokenAnswerView } from './TokenAnswerView.tsx';
import { TextField } from '../common/TextField.tsx';

/** Hides each secret (longest first) in text shown on screen, unless secrets are shown. */
function useMasker(secrets: readonly string[]): (text: string) => string {
  const show = useAppStore((s) => s.ui.showSecrets);
  const needles = secrets.filter((s, i) => s !== '' && secrets.indexOf(s) === i).sort((a, b) => b.length - a.length);
  if (show || needles.length === 0) return (t) => t;
  return (text) => needles.reduce((t, n) => t.split(n).join(MASK), text);
}

function RequestOutputs({ name, request, mask }: { name: string; request: HttpRequest; mask(t: string): string }) {
  const curl = toCurl(request);
  return (
    <>
      <Output label={`${name} request line`} copyText={`${request.method} ${request.url}`}>
        {request.method} <span>{request.url}</span>
      </Output>
      <Output label={`${name} headers`} copyText={request.headers.map(([n, v]) => `${n}: ${v}`).join('\n')}>
        {mask(request.headers.map(([n, v]) => `${n}: ${v}`).join('\n'))}
      </Output>
      {request.body !== '' && <Output label={`${name} body`} copyText={request.body}>{mask(request.body)}</Output>}
      <Output label={`${name} curl command`} copyText={curl} mode="scroll">{mask(curl)}</Output>
    </>
  );
}

function BasicSteps() {
  const o = useAppStore((s) => s.oauth2);
  const { token } = useOAuth2Requests();
  const steps = token.steps;
  const secretPart = o.formEncodeCredentials ? formEncode(o.clientSecret) : o.clientSecret;
  const mask = useMasker([steps.base64, secretPart, o.clientSecret]);
  const changed = o.formEncodeCredentials && (formEncode(o.clientSecret) !== o.clientSecret || formEncode(o.clientId) !== o.clientId);
  return (
    <FlowCard info={{ n: 1, title: 'Basic credentials', rfc: 6749, section: '2.3.1', why: 'The client ID and secret, joined with “:”, then base64: that is the whole of HTTP Basic (RFC 7617). Base64 is an encoding, not encryption.' }}>
      <Output label="ID and secret joined" copyText={steps.joined}>{mask(steps.joined)}</Output>
      <Output label="Base64 of the UTF-8 bytes" copyText={steps.base64}>{mask(steps.base64)}</Output>
      <Output label="Basic Authorization header" copyText={`Authorization: ${steps.authorization}`}>{mask(`Authorization: ${steps.authorization}`)}</Output>
      {o.clientAuth === 'basic' && changed && (
        <p className="note">Form-encoding changed the joined value: a provider that takes the ID and secret raw will answer invalid_client. Turn the switch off to try the raw form.</p>
      )}
      {o.clientAuth === 'body' && <p className="note">Not sent: the ID and secret go in the form body instead.</p>}
    </FlowCard>
  );
}

function TokenStep() {
  const o = useAppStore((s) => s.oauth2);
  const { token } = useOAuth2Requests();
  const run = useAppStore((s) => s.oauth2Session.runs.token);
  const send = useAppStore((s) => s.sendOAuth2);
  const mask = useMasker([token.steps.base64, formEncode(o.clientSecret), o.clientSecret]);
  const response = run?.outcome?.ok ? run.outcome.response : undefined;
  const answer = response ? readTokenAnswer(response) : undefined;
  return (
    <FlowCard info={{ n: 2, title: 'Token request', rfc: 6749, section: '4.4.2', why: 'POST grant_type=client_credentials as a form body, with the client authenticated; the answer is JSON with access_token and expires_in.' }}>
      <RequestOutputs name="Token" request={token.request} mask={mask} />
      <SendButtons what="token request" busy={run?.state === 'sending'} disabled={o.tokenUrl.trim() === ''}
        onSend={(via) => void send('token', via)} />
      <RunView run={run} label="Token answer" />
      {run && answer && answer.accessToken !== undefined && (
        <TokenAnswerView key={run.id} answer={answer} receivedAt={run.finishedAt ?? run.startedAt} />
      )}
    </FlowCard>
  );
}

function BearerStep() {
  const resourceUrl = useAppStore((s) => s.oauth2.resourceUrl);
  const accessToken = useAppStore((s) => s.oauth2Session.accessToken);
  const setOAuth2 = useAppStore((s) => s.setOAuth2);
  const setToken = useAppStore((s) => s.setOAuth2AccessToken);
  const { bearer } = useOAuth2Requests();
  const run = useAppStore((s) => s.oauth2Session.runs.resource);
  const send = useAppStore((s) => s.sendOAuth2);
  const mask = useMasker([accessToken]);
  return (
    <FlowCard info={{ n: 3, title: 'Bearer request', rfc: 6750, section: '2.1', why: 'Whoever holds the access token may use it: it goes in Authorization: Bearer, over HTTPS only.' }}>
      <TextField id="oauth2-resource-url" label="Resource URL" inputMode="url" value={resourceUrl}
        onChange={(v) => setOAuth2('resourceUrl', v)} />
      <SecretField id="oauth2-access-token" label="Access token" value={accessToken} onChange={setToken} />
      <RequestOutputs name="Bearer" request={bearer} mask={mask} />
      <SendButtons what="Bearer request" busy={run?.state === 'sending'} disabled={resourceUrl.trim() === '' || accessToken === ''}
        onSend={(via) => void send('resource', via)} />
      <RunView run={run} label="Bearer answer" />
    </FlowCard>
  );
}

export function OAuth2Tab() {
  return (
    <div className="two-col flow-layout">
      <OAuth2Inputs />
      <ol className="flow-steps">
        <li><BasicSteps /></li>
        <li><TokenStep /></li>
        <li><BearerStep /></li>
      </ol>
    </div>
  );
}
