/**
 * http/: the outside world. Only explicit named re-exports, so the public API is
 * visible in one file.
 */
export { parsePasted, detectFormat, linesAndColumn } from './paste/index.ts';
export type { Pasted, PasteKind } from './paste/index.ts';
export { toCurl, curlArgs, wireUrl } from './curl.ts';
export type { CurlOptions } from './curl.ts';
export { shellQuote } from './shellQuote.ts';
export { toSignedScript } from './script.ts';
export type { SignedScriptInput, ScriptSignatureMethod } from './script.ts';
export { send, SEND_TIMEOUT_MS } from './send.ts';
export type { SendOptions, SendOutcome, SendResponse, SendFailure, SendFailureKind } from './sendTypes.ts';
export { isForbiddenHeader } from './requestChecks.ts';
export { parseTokenResponse } from './tokenResponse.ts';
export type { TokenResponse } from './tokenResponse.ts';
export { decodeOAuthProblem } from './oauthProblem.ts';
export type { OAuthProblem } from './oauthProblem.ts';
export { PROBLEM_ADVICE } from './problemAdvice.ts';
export { clockSkew } from './clockSkew.ts';
