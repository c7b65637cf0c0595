import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadPreset, outputText, renderApp, stepsPanel } from './renderApp.tsx';

const RFC_PRESET = /RFC 5849 §1\.2/;
const RFC_BASE_STRING =
  'GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg%26oauth_consumer_key%3Ddpf43f3p2l4k3l03' +
  '%26oauth_nonce%3DchapoH%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131202' +
  '%26oauth_token%3Dnnch734d00sl2jdk%26size%3Doriginal';

describe('Sign mode', () => {
  it('changes the base string as a parameter value is typed', async () => {
    const { user } = renderApp();
    const value = screen.getByRole('textbox', { name: 'Parameter 1 value' });
    await user.clear(value);
    await user.type(value, 'a b&c');
    // encoded once in the normalized string, once more in the base string
    expect(outputText('Normalized parameters')).toContain('size=a%20b%26c');
    expect(outputText('Base string')).toContain('size%3Da%2520b%2526c');
  });

  it('shows the RFC 5849 published signature when the RFC preset is loaded', async () => {
    const { user } = renderApp();
    await loadPreset(user, RFC_PRESET);
    expect(outputText('Base string')).toBe(RFC_BASE_STRING);
    expect(outputText('Signature (base64)')).toBe('MdpQcU8iPSUjWoN/UDMsK2sui9I=');
    expect(outputText('Authorization header')).toContain('realm="Photos"');
    expect(outputText('Authorization header')).toContain('oauth_signature="MdpQcU8iPSUjWoN%2FUDMsK2sui9I%3D"');
    expect(outputText('Authorization header')).not.toContain('oauth_version');
  });

  it('marks the base string’s method, URI and parameters as three parts', async () => {
    const { user } = renderApp();
    await loadPreset(user, RFC_PRESET);
    const pre = screen.getByRole('group', { name: 'Base string' }).querySelector('pre');
    expect(pre?.querySelector('.bs-method')?.textContent).toBe('GET');
    expect(pre?.querySelector('.bs-uri')?.textContent).toBe('http%3A%2F%2Fphotos.example.net%2Fphotos');
    expect([...(pre?.querySelectorAll('.bs-params') ?? [])].map((e) => e.textContent).join('')).toBe(
      RFC_BASE_STRING.slice('GET&http%3A%2F%2Fphotos.example.net%2Fphotos&'.length),
    );
  });

  it('lights up a parameter in every step when its row is hovered, and again on keyboard focus', async () => {
    const { user } = renderApp();
    await loadPreset(user, RFC_PRESET);
    const lit = () =>
      [...document.querySelectorAll('[data-highlighted="true"]')].map((e) => e.textContent).filter((t) => t !== '');
    expect(lit()).toEqual([]);

    const row = screen.getByRole('textbox', { name: 'Parameter 1 name' }).closest('tr');
    if (!row) throw new Error('no row');
    await user.hover(row);
    const steps = lit();
    expect(steps).toEqual(expect.arrayContaining(['file', 'vacation.jpg', 'file=vacation.jpg', 'file%3Dvacation.jpg']));
    expect(steps.some((t) => t?.includes('size'))).toBe(false);
    await user.unhover(row);
    expect(lit()).toEqual([]);

    await user.click(screen.getByRole('textbox', { name: 'Parameter 2 value' }));
    expect(lit()).toEqual(expect.arrayContaining(['size', 'original', 'size=original', 'size%3Doriginal']));
  });

  it('makes each step one Tab stop for its parameters, with the arrow keys moving between them', async () => {
    const { user } = renderApp();
    await loadPreset(user, RFC_PRESET);
    const step1 = screen.getByRole('region', { name: 'Step 1: Parameters collected' });
    const pieces = () => [...step1.querySelectorAll<HTMLElement>('[data-ref]')];
    expect(pieces().filter((p) => p.tabIndex === 0)).toHaveLength(1);
    expect(pieces()[0]?.tabIndex).toBe(0);

    pieces()[0]?.focus();
    const lit = () => [...step1.querySelectorAll('[data-highlighted="true"]')].map((e) => e.textContent);
    const first = lit();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(pieces()[1]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(pieces().at(-1));
    expect(lit()).not.toEqual(first);
    // the stop follows the focus, so Tab comes back to where the person left off
    expect(pieces().filter((p) => p.tabIndex === 0)).toEqual([pieces().at(-1)]);
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(pieces()[0]);

    // Tab leaves the step: the next stop is outside step 1's parameters
    await user.tab();
    expect(pieces()).not.toContain(document.activeElement);
  });

  it('lights up the nonce everywhere when the nonce field has focus', async () => {
    const { user } = renderApp();
    await loadPreset(user, RFC_PRESET);
    await user.click(screen.getByRole('textbox', { name: 'Nonce' }));
    const lit = [...stepsPanel().getAllByText(/chapoH/)].filter((e) => e.getAttribute('data-highlighted') === 'true');
    expect(lit.length).toBeGreaterThanOrEqual(4);
  });

  it('masks the signing key until “Show secrets” is on, and copies the real key', async () => {
    const { user } = renderApp();
    await loadPreset(user, RFC_PRESET);
    expect(outputText('Signing key')).not.toContain('kd94hf93k423kf44');
    expect(screen.getByLabelText('Consumer secret')).toHaveAttribute('type', 'password');
    await user.click(screen.getByRole('button', { name: 'Copy signing key' }));
    expect(await navigator.clipboard.readText()).toBe('kd94hf93k423kf44&pfkkdhi9sl3r4s00');
    expect(within(screen.getByRole('group', { name: 'Signing key' })).getByRole('status')).toHaveTextContent('Copied');

    await user.click(screen.getByRole('switch', { name: 'Show secrets' }));
    expect(outputText('Signing key')).toBe('kd94hf93k423kf44&pfkkdhi9sl3r4s00');
    expect(screen.getByLabelText('Consumer secret')).toHaveAttribute('type', 'text');
  });

  it('labels a PLAINTEXT signature as the key itself and hides it while secrets are hidden', async () => {
    const { user } = renderApp();
    await loadPreset(user, 'MediaMosa: access token (PLAINTEXT)');
    expect(stepsPanel().getByText(/nothing is hashed/)).toBeInTheDocument();
    expect(outputText('Signature (PLAINTEXT)')).not.toContain('YOUR_SECRET_HERE');
    expect(outputText('Request URL')).not.toContain('YOUR_SECRET_HERE');
    await user.click(screen.getByRole('switch', { name: 'Show secrets' }));
    expect(outputText('Signature (PLAINTEXT)')).toBe('YOUR_SECRET_HERE&YOUR_REQUEST_TOKEN_SECRET');
  });

  it('puts 7digital’s oauth parameters in the form body', async () => {
    const { user } = renderApp();
    await loadPreset(user, '7digital: request token');
    expect(screen.getByRole('radio', { name: 'Form body' })).toBeChecked();
    const body = outputText('Request body');
    expect(body).toContain('oauth_consumer_key=YOUR_KEY_HERE');
    expect(body).toContain('oauth_nonce=950262835');
    expect(body).toContain('oauth_timestamp=1426071532');
    expect(body).toMatch(/oauth_signature=[^&]+/);
    expect(outputText('curl')).toContain('https://api.7digital.com/1.2/oauth/requesttoken');
  });

  it('shows an engine error next to the field it names instead of blanking the steps', async () => {
    const { user } = renderApp();
    const url = screen.getByRole('textbox', { name: 'URL' });
    await user.clear(url);
    await user.type(url, 'photos.example.net/photos');
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(url).toHaveAccessibleDescription(/.+/);
    expect(stepsPanel().getByRole('alert')).toHaveTextContent('The signature cannot be computed yet');
    expect(screen.getByRole('heading', { name: 'Steps' })).toBeInTheDocument();

    await user.clear(url);
    await user.type(url, 'https://photos.example.net/photos');
    expect(url).not.toHaveAttribute('aria-invalid');
    expect(outputText('Base string')).toContain('https%3A%2F%2Fphotos.example.net%2Fphotos');
  });

  it('renews a nonce that is not kept fixed when the request changes, and keeps a fixed one', async () => {
    const { user } = renderApp();
    const nonce = screen.getByRole('textbox', { name: 'Nonce' });
    const before = (nonce as HTMLInputElement).value;
    await user.type(screen.getByRole('textbox', { name: 'Parameter 1 value' }), 'x');
    expect((nonce as HTMLInputElement).value).not.toBe(before);

    await user.click(screen.getByRole('checkbox', { name: 'Keep nonce fixed' }));
    const kept = (nonce as HTMLInputElement).value;
    await user.type(screen.getByRole('textbox', { name: 'Parameter 1 value' }), 'y');
    expect((nonce as HTMLInputElement).value).toBe(kept);
    await user.click(screen.getByRole('button', { name: 'New nonce' }));
    expect((nonce as HTMLInputElement).value).not.toBe(kept);
  });

  it('adds, disables and removes parameters', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Add parameter' }));
    await user.type(screen.getByRole('textbox', { name: 'Parameter 2 name' }), 'colour');
    await user.type(screen.getByRole('textbox', { name: 'Parameter 2 value' }), 'red');
    expect(outputText('Normalized parameters')).toContain('colour=red');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Parameter 2 source' }), 'header');
    expect(outputText('Authorization header')).toContain('colour="red"');

    await user.click(screen.getByRole('checkbox', { name: 'Parameter 2 enabled' }));
    expect(outputText('Normalized parameters')).not.toContain('colour');

    await user.click(screen.getByRole('button', { name: 'Remove parameter 2' }));
    expect(screen.queryByRole('textbox', { name: 'Parameter 2 name' })).not.toBeInTheDocument();
  });

  it('links every step to its RFC 5849 section', async () => {
    renderApp();
    const links = stepsPanel().getAllByRole('link', { name: /^RFC 5849 §/ });
    expect(links).toHaveLength(8);
    for (const a of links) expect(a.getAttribute('href')).toMatch(/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc5849#section-3\./);
  });
});

describe('Copying', () => {
  it('offers a copy button for every step’s output and copies the real values', async () => {
    const { user } = renderApp();
    await loadPreset(user, RFC_PRESET);
    for (const name of ['parameters collected', 'each name and value percent-encoded', 'sorted', 'normalized parameters', 'base string', 'signing key', 'signature (base64)', 'authorization header', 'curl']) {
      expect(screen.getByRole('button', { name: `Copy ${name}` })).toBeInTheDocument();
    }
    await user.click(screen.getByRole('button', { name: 'Copy sorted' }));
    expect((await navigator.clipboard.readText()).split('\n')).toEqual([
      'file=vacation.jpg', 'oauth_consumer_key=dpf43f3p2l4k3l03', 'oauth_nonce=chapoH', 'oauth_signature_method=HMAC-SHA1',
      'oauth_timestamp=137131202', 'oauth_token=nnch734d00sl2jdk', 'size=original',
    ]);
    await user.click(screen.getByRole('button', { name: 'Copy curl' }));
    expect(await navigator.clipboard.readText()).toMatch(/^curl .*oauth_signature="MdpQcU8iPSUjWoN%2FUDMsK2sui9I%3D".*photos\.example\.net/);
  });
});
