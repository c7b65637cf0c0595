/**
 * Every published vector in ../shared/vectors/rfc5849.json, run by one loop per
 * kind (noble-hashes style); each test is named for the vector's source.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  baseStringUri, collectParameters, computeSignature, isFailure, normalizeParameters, percentEncode,
  signatureBaseString, signingKey, verifyRequestSync, type HttpRequest, type SignatureMethod,
} from '../../src/engine/index.ts';

interface SignatureVector {
  id: string;
  source: string;
  request?: HttpRequest;
  base_string?: string;
  signature_method: SignatureMethod;
  consumer_secret?: string;
  token_secret?: string;
  expected: { signature?: string; base_string?: string; normalized_params?: string; header_value?: string };
}
interface Vectors {
  percent_encoding: { source: string; cases: [string, string][] };
  base_string_uri: { source: string; cases: [string, string][] };
  signatures: SignatureVector[];
}

const vectors = JSON.parse(
  readFileSync(new URL('../../../shared/vectors/rfc5849.json', import.meta.url), 'utf8'),
) as Vectors;

describe(`percent-encoding — ${vectors.percent_encoding.source}`, () => {
  it.each(vectors.percent_encoding.cases)('encodes %j as %j', (raw, encoded) => {
    expect(percentEncode(raw)).toBe(encoded);
  });
});

describe(`base string URI — ${vectors.base_string_uri.source}`, () => {
  it.each(vectors.base_string_uri.cases)('%s → %s', (url, expected) => {
    expect(baseStringUri(url)).toBe(expected);
  });
});

describe('signature vectors', () => {
  for (const v of vectors.signatures) {
    describe(`${v.id} — ${v.source}`, () => {
      const req = v.request;
      const baseString = (): string => {
        if (req === undefined) return v.base_string ?? '';
        const params = collectParameters(req);
        if (isFailure(params)) throw new Error(params.error.message);
        const bs = signatureBaseString(req.method, req.url, params);
        if (isFailure(bs)) throw new Error(bs.error.message);
        return bs;
      };

      if (v.expected.normalized_params !== undefined && req !== undefined) {
        it('normalizes the collected parameters as published', () => {
          const params = collectParameters(req);
          expect(isFailure(params)).toBe(false);
          if (!isFailure(params)) expect(normalizeParameters(params)).toBe(v.expected.normalized_params);
        });
      }
      if (v.expected.base_string !== undefined) {
        it('builds the published base string', () => {
          expect(baseString()).toBe(v.expected.base_string);
        });
      }
      if (v.expected.signature !== undefined && v.consumer_secret !== undefined) {
        const consumerSecret = v.consumer_secret;
        it('computes the published signature', async () => {
          const sig = await computeSignature({
            method: v.signature_method, baseString: baseString(), consumerSecret, tokenSecret: v.token_secret ?? '',
          });
          expect(sig).toBe(v.expected.signature);
        });
        if (req !== undefined && v.expected.header_value !== undefined) {
          it('sends the signature percent-encoded in the header', () => {
            const sig = v.expected.signature ?? '';
            expect(percentEncode(sig)).toBe(v.expected.header_value);
            expect(signingKey(consumerSecret, v.token_secret)).toBe(sig);
          });
        }
      }
      if (req !== undefined && v.expected.signature !== undefined && v.consumer_secret !== undefined) {
        const consumerSecret = v.consumer_secret;
        const expectedSig = v.expected.signature;
        it('verifies once the published signature is put into the request', () => {
          const signed: HttpRequest = withSignature(req, expectedSig);
          const verdict = verifyRequestSync({ request: signed, consumerSecret, tokenSecret: v.token_secret ?? '' });
          expect(verdict).toMatchObject({ ok: true, value: { matches: true, given: expectedSig } });
        });
      }
    });
  }
});

/** The vector's request with oauth_signature added where its other oauth parameters are. */
function withSignature(req: HttpRequest, signature: string): HttpRequest {
  const encoded = percentEncode(signature) as string;
  const auth = req.headers.find(([n]) => n.toLowerCase() === 'authorization');
  if (auth !== undefined) {
    const headers = req.headers.map(([n, v]): [string, string] =>
      n.toLowerCase() === 'authorization' ? [n, `${v}, oauth_signature="${encoded}"`] : [n, v]);
    return { ...req, headers };
  }
  return { ...req, url: `${req.url}&oauth_signature=${encoded}` };
}
