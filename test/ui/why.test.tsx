/**
 * "Why?" under a "does not match" (issue 5), driven as a person would: paste a
 * request whose signature was made here, by hand, with a known mistake built in
 * (node:crypto over a base string written out), enter the secrets, ask why.
 */
import { createHmac } from 'node:crypto';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MASK } from '../../src/ui/common/mask.ts';
import { outputText, renderApp } from './renderApp.tsx';

type User = ReturnType<typeof renderApp>['user'];

/** RFC 5849 §1.2: the photos request, its base string (as the RFC prints it) and its secrets. */
const PHOTOS_BASE =
  'GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg%26oauth_consumer_key%3Ddpf43f3p2l4k3l03'
  + '%26oauth_nonce%3DchapoH%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131202'
  + '%26oauth_token%3Dnnch734d00sl2jdk%26size%3Doriginal';
const PHOTOS_SECRETS = { consumer: 'kd94hf93k423kf44', token: 'pfkkdhi9sl3r4s00' };

const photosCurl = (signature: string) =>
  `curl -H 'Authorization: OAuth realm="Photos", oauth_consumer_key="dpf43f3p2l4k3l03", oauth_token="nnch734d00sl2jdk", `
  + `oauth_signature_method="HMAC-SHA1", oauth_timestamp="137131202", oauth_nonce="chapoH", oauth_signature="${encodeURIComponent(signature)}"' `
  + `'http://photos.example.net/photos?file=vacation.jpg&size=original'`;

/** RFC 5849 §3.4.1: the request with spaces, "+" in a form body and repeated names, and its base string as printed there. */
const EXAMPLE_BASE =
  'POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D'
  + '%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1'
  + '%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7';
const EXAMPLE_SECRETS = { consumer: 'j49sk3j29djd', token: 'dh893hdasih9' };

const exampleCurl = (signature: string) =>
  `curl -X POST -H 'Authorization: OAuth realm="Example", oauth_consumer_key="9djdj82h48djs9d2", oauth_token="kkk9d7dh3k39sjv7", `
  + `oauth_signature_method="HMAC-SHA1", oauth_timestamp="137131201", oauth_nonce="7d8f3e4a", oauth_signature="${encodeURIComponent(signature)}"' `
  + `-H 'Content-Type: application/x-www-form-urlencoded' --data 'c2&a3=2+q' 'http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b'`;

const hmacSha1 = (key: string, text: string): string => createHmac('sha1', key).update(text, 'utf8').digest('base64');

async function checkRequest(user: User, curl: string, secrets: { consumer: string; token: string }) {
  await user.click(screen.getByRole('tab', { name: 'Check' }));
  await user.click(await screen.findByRole('textbox', { name: 'Paste a request' }));
  await user.paste(curl);
  // Secrets are pasted too (one input event each), as they usually are.
  await user.click(screen.getByLabelText('Consumer secret'));
  await user.paste(secrets.consumer);
  await user.click(screen.getByLabelText('Token secret'));
  await user.paste(secrets.token);
  expect(screen.getByRole('status', { name: 'Verdict' })).toHaveTextContent('Signature does not match');
}

const why = () => within(screen.getByRole('region', { name: 'Why?' }));

async function askWhy(user: User) {
  const button = why().getByRole('button', { name: 'Why?' });
  expect(button).toHaveAttribute('aria-expanded', 'false');
  await user.click(button);
  expect(button).toHaveAttribute('aria-expanded', 'true');
}

async function pasteServer(user: User, text: string) {
  await user.click(why().getByRole('textbox', { name: 'Paste the server’s base string or its error body' }));
  await user.paste(text);
}

describe('Why? — the explainer in the Check tab', { timeout: 30_000 }, () => {
  it('names the mistake made by hand (token secret left out of the key), its fix and its step, and reproduces the signature', async () => {
    const { user } = renderApp();
    // The other side's key: the consumer secret and its "&", without the token secret.
    const wrong = hmacSha1(`${PHOTOS_SECRETS.consumer}&`, PHOTOS_BASE);
    await checkRequest(user, photosCurl(wrong), PHOTOS_SECRETS);
    expect(outputText('Base string')).toBe(PHOTOS_BASE);
    // Nothing is computed before the user asks.
    expect(why().queryByText(/reproduces/)).not.toBeInTheDocument();

    await askWhy(user);
    expect(why().getByText('A known mistake reproduces the signature in the request exactly.')).toBeInTheDocument();
    const matches = why().getByRole('list', { name: 'What reproduces the signature in the request' });
    const [first, ...rest] = within(matches).getAllByRole('listitem');
    expect(rest).toHaveLength(0);
    const match = within(first as HTMLElement);
    expect(match.getByRole('heading', { name: /One mistake \(common\)/ })).toBeInTheDocument();
    expect(match.getByText(/Left the token secret out of the key/)).toBeInTheDocument();
    expect(match.getByText(/The other side should append the token secret/)).toBeInTheDocument();
    expect(match.getByText(/Reproduces the signature in the request exactly/)).toBeInTheDocument();
    expect(outputText('Signature with this mistake')).toBe(wrong);
    expect(outputText('Signature in the request, to compare')).toBe(wrong);
    // The base string is not where they part: the key is.
    expect(match.getByText(/Base string with this mistake is the same as sigstep’s/)).toBeInTheDocument();

    // The step where the two computations part is a link to that step of the steps panel; following it moves the focus there.
    const link = match.getByRole('link', { name: 'step 6, signing key' });
    await user.click(link);
    expect(screen.getByRole('heading', { name: /^Step 6:\s*Signing key$/ })).toHaveFocus();
  });

  it('names "+ for a space" on RFC 5849 §3.4.1’s request, marked where its base string leaves ours', async () => {
    const { user } = renderApp();
    // Their encoder writes a space as "+", everywhere: "r b" → "r+b" → "r%2Bb" once the parameter string is encoded again.
    const theirBase = EXAMPLE_BASE.replaceAll('%2520', '%2B');
    const wrong = hmacSha1(`${EXAMPLE_SECRETS.consumer}&${EXAMPLE_SECRETS.token}`, theirBase);
    await checkRequest(user, exampleCurl(wrong), EXAMPLE_SECRETS);
    expect(outputText('Base string')).toBe(EXAMPLE_BASE);

    await askWhy(user);
    const match = within(why().getAllByRole('listitem')[0] as HTMLElement);
    expect(match.getByText('Encoded a space as "+" (form encoding) instead of %20.')).toBeInTheDocument();
    expect(match.getByText(/encode a space as %20 in the base string/)).toBeInTheDocument();
    expect(match.getByRole('link', { name: /step 2, each name and value percent-encoded/ })).toHaveAttribute('href', '#step-2');
    expect(outputText('Signature with this mistake')).toBe(wrong);
    // Its own base string, with what differs from ours marked for eyes and for screen readers.
    const base = match.getByRole('group', { name: 'Base string with this mistake' });
    expect(base.querySelector('pre')?.textContent?.replace(/\[added: |\]/g, '')).toBe(theirBase);
    expect(base.querySelectorAll('ins').length).toBeGreaterThan(0);
    expect(within(base).getAllByText('[added:')).not.toHaveLength(0);
  });

  it('shows both mistakes of a pair, each with its fix', async () => {
    const { user } = renderApp();
    // "+" for a space, and the key without the token secret: two mistakes at once.
    const wrong = hmacSha1(`${EXAMPLE_SECRETS.consumer}&`, EXAMPLE_BASE.replaceAll('%2520', '%2B'));
    await checkRequest(user, exampleCurl(wrong), EXAMPLE_SECRETS);
    await askWhy(user);
    expect(why().getByText('A pair of known mistakes reproduces the signature in the request exactly.')).toBeInTheDocument();
    const match = within(why().getAllByRole('listitem')[0] as HTMLElement);
    expect(match.getByRole('heading', { name: 'Two mistakes together (common + common)' })).toBeInTheDocument();
    expect(match.getByText('Encoded a space as "+" (form encoding) instead of %20.')).toBeInTheDocument();
    expect(match.getByText(/Left the token secret out of the key/)).toBeInTheDocument();
    expect(match.getByText(/encode a space as %20 in the base string/)).toBeInTheDocument();
    expect(match.getByText(/append the token secret/)).toBeInTheDocument();
    // They part at the earlier of the two steps.
    expect(match.getByRole('link', { name: /step 2, each name and value percent-encoded/ })).toBeInTheDocument();
    expect(outputText('Signature with these mistakes')).toBe(wrong);
  });

  it('masks a PLAINTEXT signature it reproduces — it is the key — until the secrets are shown', async () => {
    const { user } = renderApp();
    // PLAINTEXT sends the key itself; theirs leaves the token secret out of it.
    const wrong = `${PHOTOS_SECRETS.consumer}&`;
    await checkRequest(user, photosCurl(wrong).replace('HMAC-SHA1', 'PLAINTEXT'), PHOTOS_SECRETS);
    await askWhy(user);
    expect(why().getByText(/Left the token secret out of the key/)).toBeInTheDocument();
    expect(why().getByText(/Reproduces the signature in the request exactly/)).toBeInTheDocument();
    expect(outputText('Signature with this mistake')).toBe(MASK);
    expect(outputText('Signature in the request, to compare')).toBe(MASK);
    await user.click(screen.getByRole('switch', { name: 'Show secrets' }));
    expect(outputText('Signature with this mistake')).toBe(wrong);
  });

  it('says honestly that no known mistake reproduces an unrelated signature, with the count and the closest base string', async () => {
    const { user } = renderApp();
    await checkRequest(user, photosCurl(hmacSha1('some&other-key', 'unrelated text')), PHOTOS_SECRETS);
    await askWhy(user);
    expect(why().getByText(/^No known mistake reproduces this signature: sigstep tried \d+ variants/)).toBeInTheDocument();
    expect(why().queryByRole('list', { name: /What reproduces/ })).not.toBeInTheDocument();
    expect(outputText('Closest base string (sigstep’s own)')).toBe(PHOTOS_BASE);
    // Closing hides the result; the button says so.
    await user.click(why().getByRole('button', { name: 'Why?' }));
    expect(why().getByRole('button', { name: 'Why?' })).toHaveAttribute('aria-expanded', 'false');
    expect(why().queryByText(/No known mistake/)).not.toBeInTheDocument();
  });

  it('reads the reference provider’s error body and diffs its base string: the parameter in words, the characters marked', async () => {
    const { user } = renderApp();
    await checkRequest(user, photosCurl(hmacSha1('some&other-key', 'x')), PHOTOS_SECRETS);
    await askWhy(user);
    const theirs = PHOTOS_BASE.replace('size%3Doriginal', 'size%3Dlarge');
    await pasteServer(user, `oauth_problem=signature_invalid&oauth_signature_base_string=${encodeURIComponent(theirs)}`
      + '&oauth_problem_advice=The%20signature%20does%20not%20match');

    expect(why().getByText(/^Found the base string the server reported in the error body\./)).toBeInTheDocument();
    const compared = why().getByRole('group', { name: 'sigstep’s base string and the server’s base string compared' });
    const differences = within(compared).getByRole('list', { name: 'Differences, part by part' });
    expect(within(differences).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'parameter size is original here and large there',
    ]);
    // Marked characters: what only ours has is deleted, what only theirs has is inserted, and a screen reader says which.
    const ours = within(compared).getByRole('group', { name: 'sigstep’s base string' });
    const server = within(compared).getByRole('group', { name: 'The server’s base string' });
    expect([...ours.querySelectorAll('del')].map((d) => d.textContent)).not.toHaveLength(0);
    expect([...server.querySelectorAll('ins')].map((d) => d.textContent)).not.toHaveLength(0);
    expect(within(ours).getAllByText('[removed:')).not.toHaveLength(0);
    expect(within(server).getAllByText('[added:')).not.toHaveLength(0);
    expect(ours.querySelector('pre')?.textContent?.replace(/\[removed: |\]/g, '')).toBe(PHOTOS_BASE);
    expect(server.querySelector('pre')?.textContent?.replace(/\[added: |\]/g, '')).toBe(theirs);
    // "large" is no known mistake: the explainer says so instead of guessing.
    expect(why().getByText(/No known mistake reproduces this base string/)).toBeInTheDocument();
  });

  it('names the mistake behind a base string Flickr reports in debug_sbs, and shows it reproduces theirs exactly', async () => {
    const { user } = renderApp();
    await checkRequest(user, photosCurl(hmacSha1('some&other-key', 'x')), PHOTOS_SECRETS);
    await askWhy(user);
    // The server signed an oauth_version=1.0 the request does not send.
    const theirs = PHOTOS_BASE.replace('%26size', '%26oauth_version%3D1.0%26size');
    await pasteServer(user, `oauth_problem=signature_invalid&debug_sbs=${theirs}`);
    const differences = why().getByRole('list', { name: 'Differences, part by part' });
    expect(within(differences).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'parameter oauth_version (1.0) is only there',
    ]);
    const list = why().getByRole('list', { name: 'What reproduces the server’s base string' });
    const match = within(within(list).getAllByRole('listitem')[0] as HTMLElement);
    expect(match.getByText('Signed oauth_version=1.0, which the request does not send.')).toBeInTheDocument();
    expect(match.getByText(/Reproduces the server’s base string exactly/)).toBeInTheDocument();
    expect(outputText('Base string with this mistake').replace(/\[added: |\]/g, '')).toBe(theirs);
  });

  it('points at the line and column of a pasted base string it cannot read, and recovers when it is fixed', async () => {
    const { user } = renderApp();
    await checkRequest(user, photosCurl(hmacSha1('some&other-key', 'x')), PHOTOS_SECRETS);
    await askWhy(user);
    const broken = `\n${PHOTOS_BASE.replace('size%3Doriginal', 'size%3D%ZZ')}`;
    await pasteServer(user, broken);
    const field = why().getByRole('textbox', { name: 'Paste the server’s base string or its error body' });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    const column = broken.indexOf('%ZZ'); // 1-based on line 2: the leading line break is one character before it
    const alert = why().getByRole('alert');
    expect(alert).toHaveTextContent(/cannot be read as a base string/);
    expect(alert).toHaveTextContent(`line 2, column ${column} (“%”)`);
    expect(field).toHaveAccessibleDescription(expect.stringContaining(`line 2, column ${column}`));

    await user.clear(field);
    await user.click(field);
    await user.paste('not a base string');
    expect(why().getByRole('alert')).toHaveTextContent(/has one\. — line 1, column 18 \(the end of the input\)/);

    await user.clear(field);
    await user.click(field);
    await user.paste(PHOTOS_BASE);
    expect(why().queryByRole('alert')).not.toBeInTheDocument();
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(why().getByText(/Read the pasted base string\. The server’s base string is the same as sigstep’s/)).toBeInTheDocument();
  });
});
