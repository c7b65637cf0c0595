/** npm run relay -- [--port 8788] [--origin http://localhost:5173 ...] */
import { parseArgs } from 'node:util';
import { startRelay } from '../relay/index.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8788' },
    origin: { type: 'string', multiple: true, default: ['http://localhost:5173'] },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`--port must be 0..65535, not ${values.port}\n`);
  process.exit(2);
}
const relay = await startRelay({ port, allowedOrigins: values.origin });
// The token is printed once, here, for the person who started the relay to
// paste into the app; the relay itself never logs anything.
process.stdout.write(`sigstep relay on ${relay.url} (127.0.0.1 only)
  allowed origins: ${values.origin.join(', ')}
  token: ${relay.token}
`);
const stop = (): void => void relay.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
