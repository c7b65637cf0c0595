/** npm run provider -- [--port 8787] [--host 127.0.0.1] [--no-cors] */
import { parseArgs } from 'node:util';
import { DEMO_OAUTH1, DEMO_OAUTH2 } from '../../src/providers/demoCredentials.ts';
import { DEMO_ACCESS_TOKEN } from '../demoTokens.ts';
import { startProvider } from '../provider/index.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    'no-cors': { type: 'boolean', default: false },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`--port must be 0..65535, not ${values.port}\n`);
  process.exit(2);
}
const provider = await startProvider({ port, host: values.host, cors: !values['no-cors'] });
process.stdout.write(`sigstep reference provider on ${provider.url}/ (CORS ${values['no-cors'] ? 'off' : 'on'})
  OAuth 1.0a  key ${DEMO_OAUTH1.consumerKey}  secret ${DEMO_OAUTH1.consumerSecret}
              access token ${DEMO_ACCESS_TOKEN.token}  secret ${DEMO_ACCESS_TOKEN.secret}
  OAuth 2.0   client ${DEMO_OAUTH2.clientId}  secret ${DEMO_OAUTH2.clientSecret}
`);
const stop = (): void => void provider.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
