/** Step 8: the signed request (sign mode) or the pasted one (check mode), with curl. */
import type { HttpRequest, SignResult, SignatureTrace } from '../../engine/types.ts';
// Straight from curl.ts, not http/index.ts: the index also pulls in the paste parsers, which load with the Check tab.
import { toCurl } from '../../http/curl.ts';
import { useAppStore } from '../../store/context.tsx';
import { Output } from '../common/Output.tsx';
import { signatureMasker } from '../common/mask.ts';
import { Step } from './Step.tsx';
import { STEPS } from './stepInfo.ts';

function RequestOutputs({ request, authorizationHeader, trace }: { request: HttpRequest; authorizationHeader?: string | undefined; trace: SignatureTrace }) {
  const show = useAppStore((s) => s.ui.showSecrets);
  const mask = signatureMasker(trace, show);
  const curl = toCurl(request);
  return (
    <>
      {authorizationHeader !== undefined && (
        <Output label="Authorization header" copyText={`Authorization: ${authorizationHeader}`}>
          {mask(`Authorization: ${authorizationHeader}`)}
        </Output>
      )}
      <Output label="Request URL" copyText={request.url}>{mask(`${request.method} ${request.url}`)}</Output>
      {request.body !== '' && <Output label="Request body" copyText={request.body}>{mask(request.body)}</Output>}
      <Output label="curl" copyText={curl} mode="scroll">{mask(curl)}</Output>
    </>
  );
}

export function SignedRequestStep({ result }: { result: SignResult }) {
  return (
    <Step n={8} info={STEPS.signed}>
      <RequestOutputs request={result.signedRequest} authorizationHeader={result.authorizationHeader} trace={result.trace} />
    </Step>
  );
}

export function PastedRequestStep({ request, trace }: { request: HttpRequest; trace: SignatureTrace }) {
  const auth = request.headers.find(([n]) => n.toLowerCase() === 'authorization')?.[1];
  return (
    <Step n={8} info={STEPS.pasted}>
      <RequestOutputs request={request} authorizationHeader={auth} trace={trace} />
    </Step>
  );
}
