import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NonceMemory } from './nonces.ts';
import type { OAuth1Tokens } from './oauth1Tokens.ts';
import type { OAuth2Tokens } from './oauth2Tokens.ts';

/** The provider's whole state: everything lives in memory for the life of one createProvider(). */
export interface ProviderContext {
  readonly now: () => number;
  readonly oauth1: OAuth1Tokens;
  readonly nonces: NonceMemory;
  readonly oauth2: OAuth2Tokens;
}

/** One request, with its body already read and the mount prefix worked out. */
export interface ProviderRequest {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly method: string;
  /** Path relative to the mount, without the query: '/oauth/initiate'. */
  readonly route: string;
  /** The mount prefix ('' or e.g. '/provider'), for links and form actions in pages. */
  readonly prefix: string;
  /** The path the client used, prefix included, without the query: what the base string covers. */
  readonly fullPath: string;
  /** Raw query, without '?'. */
  readonly query: string;
  readonly body: string;
}

export type Endpoint = (ctx: ProviderContext, request: ProviderRequest) => void;
