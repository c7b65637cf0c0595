/** diff/: our base string against the one the other side reported. Only explicit named re-exports. */
export { diffBaseStrings } from './baseStringDiff.ts';
export type { BaseStringDiff, Change, PartDiff, PartsDiff, ParamDiff } from './baseStringDiff.ts';
export { parseBaseString } from './parseBaseString.ts';
export type { ParsedBaseString, ParsedParam } from './parseBaseString.ts';
export { findReportedBaseString } from './reportedBaseString.ts';
