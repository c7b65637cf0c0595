/**
 * The mismatch explainer's full search (issue 5, "Tests and speed"): every
 * single mistake and every pair, no early stop, on a typical request — 7digital's
 * request token with ten parameters in a form body, HMAC-SHA1. The target is a
 * signature no mistake produces, so nothing cuts the search short. Prints the
 * variant count and the median time. `fullSearchInput` and `explainMismatch` are
 * pure, so the same measurement runs in a browser unchanged.
 */
import { Bench } from 'tinybench';
import { collectSourcedParameters, signRequestSync, type HttpRequest } from '../src/engine/index.ts';
import { explainMismatch, type ExplainInput } from '../src/engine/explain/index.ts';

const CONSUMER_SECRET = 'YOUR_SECRET_HERE';

/** 7digital's request token, signed: 4 form fields + 6 oauth_* parameters in the body. */
export function typicalRequest(): HttpRequest {
  const signed = signRequestSync({
    request: {
      method: 'POST',
      url: 'https://api.7digital.com/1.2/oauth/requesttoken',
      headers: [['Content-Type', 'application/x-www-form-urlencoded']],
      body: 'artistId=1&country=GB&pageSize=10&usageTypes=download',
    },
    credentials: { consumerKey: 'YOUR_KEY_HERE', consumerSecret: CONSUMER_SECRET },
    protocol: { signatureMethod: 'HMAC-SHA1', nonce: '950262835', timestamp: '1426071532', callback: 'https://client.example/callback' },
    placement: 'body',
  });
  if (!signed.ok) throw new Error(signed.error.message);
  return signed.value.signedRequest;
}

/** The full search: a target nothing matches, exhaustive. */
export function fullSearchInput(request = typicalRequest()): ExplainInput {
  return {
    request, consumerSecret: CONSUMER_SECRET, signatureMethod: 'HMAC-SHA1', target: { signature: 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=' }, exhaustive: true,
  };
}

/** The everyday case: a common mistake (the "&" dropped from the key), found among the singles. */
function commonMistakeInput(request: HttpRequest, signature: string): ExplainInput {
  return { request, consumerSecret: CONSUMER_SECRET, signatureMethod: 'HMAC-SHA1', target: { signature } };
}

function variantsOf(input: ExplainInput): number {
  const r = explainMismatch(input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.variantsTried;
}

export async function run(): Promise<void> {
  const request = typicalRequest();
  const full = fullSearchInput(request);
  const ours = explainMismatch(full);
  if (!ours.ok) throw new Error(ours.error.message);
  // The other side's key is the consumer secret alone, without "&" (node:crypto, loaded here so the module stays browser-safe).
  const { createHmac } = await import('node:crypto');
  const wrong = createHmac('sha1', CONSUMER_SECRET).update(ours.value.ours.baseString).digest('base64');
  const common = commonMistakeInput(request, wrong);

  const tasks: [string, ExplainInput][] = [['full search (all singles and pairs)', full], ['common mistake (stops after singles)', common]];
  const bench = new Bench({ time: 1500, warmupTime: 300, iterations: 30 });
  for (const [name, input] of tasks) bench.add(name, () => explainMismatch(input));
  await bench.run();
  const signed = collectSourcedParameters(request);
  console.log(`\n7digital request token — ${signed.ok ? signed.value.length : '?'} signed parameters, HMAC-SHA1`);
  for (const [name, input] of tasks) {
    const result = bench.getTask(name)?.result;
    const median = result !== undefined && 'latency' in result ? result.latency.p50 : NaN;
    console.log(`  ${name.padEnd(40)} ${String(variantsOf(input)).padStart(5)} variants  median ${median.toFixed(2).padStart(7)} ms`);
  }
}
