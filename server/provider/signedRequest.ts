import { baseStringUri } from './baseString.ts';
import { problem, sendProblem } from './problems.ts';
import type { ProviderContext, ProviderRequest } from './providerContext.ts';
import { collectParameters } from './requestParameters.ts';
import { verifyOAuth1, type OAuth1Expectations, type Verified } from './verifyOAuth1.ts';

/**
 * Reads and verifies the OAuth 1.0a request an endpoint received. On failure
 * the problem is already answered and the result is undefined.
 */
export function acceptSigned(ctx: ProviderContext, request: ProviderRequest, expect: OAuth1Expectations): Verified | undefined {
  const { req, res } = request;
  const params = collectParameters({
    authorization: req.headers.authorization,
    query: request.query,
    contentType: req.headers['content-type'],
    body: request.body,
  });
  if (!params.ok) {
    sendProblem(res, problem(params.problem, params.advice, params.duplicated === undefined ? undefined : [['oauth_parameters_rejected', params.duplicated.join('&')]]));
    return undefined;
  }
  const encrypted = (req.socket as { encrypted?: boolean }).encrypted === true;
  const uri = baseStringUri(req.headers, request.fullPath, encrypted);
  if (uri === undefined) {
    sendProblem(res, problem('parameter_rejected', 'The request has no usable Host header, so no base string URI can be built.'));
    return undefined;
  }
  const verified = verifyOAuth1(ctx, { method: request.method, baseStringUri: uri, params: params.value }, expect);
  if (!verified.ok) {
    sendProblem(res, verified.problem);
    return undefined;
  }
  return verified.value;
}
