/**
 * Everything the Send buttons need (fetch and relay, signing the flow's steps,
 * reading token answers), gathered for one dynamic import: it loads on the first
 * Send, so the page's first load carries none of it.
 */
export { signRequest } from '../engine/sign.ts';
export { fireRequest, nextRunId } from './flowFire.ts';
export { carriedTokens, flowSignInput } from './flowRequests.ts';
export { buildBearerRequest, buildTokenRequest, readTokenAnswer } from './oauth2Requests.ts';
