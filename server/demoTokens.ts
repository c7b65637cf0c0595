// The demo tokens live beside the demo credentials so the app's presets and the provider share one source.
export { DEMO_ACCESS_TOKEN, DEMO_RSA_ACCESS_TOKEN } from '../src/providers/demoCredentials.ts';
