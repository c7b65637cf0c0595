export { createProvider, startProvider } from './createProvider.ts';
export type { ProviderOptions, RequestHandler, StartProviderOptions } from './createProvider.ts';
export { DEMO_ACCESS_TOKEN, DEMO_RSA_ACCESS_TOKEN } from '../demoTokens.ts';
