/**
 * The engine's public API (DESIGN.md, "Engine API"): every export is named here,
 * so the contract outside tests rely on is visible in one file.
 */
export type {
  Param, SignatureMethod, HttpRequest, ParamSource, Placement, SourcedParam, EngineError, Result, Credentials,
  BodyHashMode, ProtocolOptions, SignInput, EncodedParam, Span, BaseStringParts, SigningKeyParts, SignatureTrace,
  SignResult, VerifyInput, VerifyResult,
} from './types.ts';
export { SIGNATURE_METHODS } from './types.ts';

export type { Failure } from './result.ts';
export { isFailure, unwrap } from './result.ts';

export type { DecodeOptions } from './percent.ts';
export { percentEncode, percentDecode } from './percent.ts';
export { collectParameters, collectSourcedParameters } from './params.ts';
export { findHeader, isFormContentType } from './headers.ts';
export { normalizeParameters } from './normalize.ts';
export { baseStringUri } from './baseStringUri.ts';
export { signatureBaseString } from './baseString.ts';
export { signingKey } from './signingKey.ts';
export type { ComputeSignatureArgs } from './computeSignature.ts';
export { computeSignature } from './computeSignature.ts';
export type { SignatureMethodSpec, SignatureOutput, BodyHashAlgorithm } from './signatureMethods.ts';
export { SIGNATURE_METHOD_TABLE, isSignatureMethod } from './signatureMethods.ts';
export type { AuthorizationHeader } from './authHeader.ts';
export { parseAuthorizationHeader, buildAuthorizationHeader, isOAuthScheme } from './authHeader.ts';
export { computeBodyHash } from './bodyHash.ts';
export { signRequest, signRequestSync } from './sign.ts';
export { verifyRequest, verifyRequestSync } from './verify.ts';
export type { ClientCredentialsInput, ClientCredentialsSteps } from './oauth2.ts';
export { clientCredentialsRequest, bearerRequest, basicCredentials, formEncode } from './oauth2.ts';
export type {
  ExplainInput, ExplainTarget, Explanation, Match, Mistake, MistakeId, Step as MismatchStep, Rarity, Closest,
} from './explain/index.ts';
export { explainMismatch, CATALOGUE as MISTAKE_CATALOGUE } from './explain/index.ts';
