/** The Flow tab's small pieces on their own: the base string comparison, the callback route, the countdown format. */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callbackFromQuery } from '../../src/ui/callback/handoff.ts';
import { isCallbackRoute } from '../../src/ui/callback/callbackRoute.ts';
import { BaseStringCompare } from '../../src/ui/flow/BaseStringCompare.tsx';
import { authorizeHref } from '../../src/ui/flow/AuthorizeStep.tsx';
import { formatRemaining } from '../../src/ui/oauth2/TokenAnswerView.tsx';

const OURS = 'GET&https%3A%2F%2Fapi.example.com%2Fphotos&oauth_nonce%3Dn%26size%3Doriginal';

describe('BaseStringCompare', () => {
  it('marks what only one side has, and says what differs in words', () => {
    const theirs = OURS.replace('https', 'http');
    render(<BaseStringCompare ours={OURS} theirs={theirs} />);
    expect(screen.getByRole('list', { name: 'Differences' })).toHaveTextContent(
      'the URI is https://api.example.com/photos here and http://api.example.com/photos at the provider',
    );
    expect([...document.querySelectorAll('del.diff-only')].map((m) => m.textContent)).toEqual(['[only ours: s]']);
    expect(document.querySelectorAll('ins.diff-only')).toHaveLength(0);
    expect(screen.getByRole('group', { name: 'Provider’s base string' })).toHaveTextContent(theirs);
  });

  it('says the key differs when the base strings are the same', () => {
    render(<BaseStringCompare ours={OURS} theirs={OURS} />);
    expect(screen.getByText(/the difference is in the key/)).toBeInTheDocument();
    expect(document.querySelector('ins, del')).toBeNull();
  });

  it('names a parameter whose value differs', () => {
    render(<BaseStringCompare ours={OURS} theirs={OURS.replace('original', 'large')} />);
    expect(screen.getByRole('list', { name: 'Differences' })).toHaveTextContent('parameter size is original here and large at the provider');
  });
});

describe('the callback route', () => {
  it('is `${BASE_URL}callback`, with or without a trailing slash', () => {
    expect(isCallbackRoute('/callback')).toBe(true);
    expect(isCallbackRoute('/callback/')).toBe(true);
    expect(isCallbackRoute('/tools/sigstep/callback', '/tools/sigstep/')).toBe(true);
    expect(isCallbackRoute('/callback', '/tools/sigstep/')).toBe(false);
    expect(isCallbackRoute('/')).toBe(false);
  });

  it('reads oauth_token, oauth_verifier and denied from the query, decoded', () => {
    expect(callbackFromQuery('?oauth_token=a%20b&oauth_verifier=v%2B1', 5, 'id')).toEqual({
      type: 'sigstep-oauth-callback', id: 'id', at: 5, oauthToken: 'a b', oauthVerifier: 'v+1',
    });
    expect(callbackFromQuery('?denied=t', 5, 'id')).toMatchObject({ denied: 't' });
    expect(callbackFromQuery('?x=1', 5, 'id')).toBeUndefined();
  });
});

describe('small formats', () => {
  it('adds oauth_token to the authorize URL’s own query', () => {
    expect(authorizeHref('https://p.example/authorize', 'a b')).toBe('https://p.example/authorize?oauth_token=a%20b');
    expect(authorizeHref('https://p.example/authorize?lang=en', 't')).toBe('https://p.example/authorize?lang=en&oauth_token=t');
    expect(authorizeHref('https://p.example/authorize', '')).toBeUndefined();
    expect(authorizeHref('not a url', 't')).toBeUndefined();
  });

  it('writes the time left as m:ss, or h:mm:ss past an hour', () => {
    expect(formatRemaining(299)).toBe('4:59');
    expect(formatRemaining(5)).toBe('0:05');
    expect(formatRemaining(3600 * 2 + 61)).toBe('2:01:01');
    expect(formatRemaining(-3)).toBe('0:00');
  });
});
