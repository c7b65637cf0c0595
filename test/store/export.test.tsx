import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { loadPreset, renderApp } from '../ui/renderApp.tsx';

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsText(blob);
  });
}

async function exportVector(view: ReturnType<typeof renderApp>, includeSecrets: boolean) {
  const { user } = view;
  await user.click(screen.getByText('Export as test vector'));
  const box = screen.getByRole('checkbox', { name: 'Include secrets' });
  if ((box as HTMLInputElement).checked !== includeSecrets) await user.click(box);
  await user.click(screen.getByRole('button', { name: 'Copy JSON' }));
  await screen.findByText('Test vector copied');
  return navigator.clipboard.readText();
}

describe('Export as test vector', () => {
  it('exports the request, parameters and every step, without secrets by default', async () => {
    const view = renderApp();
    await loadPreset(view.user, /RFC 5849 §1\.2/);
    const json = await exportVector(view, false);
    expect(json).not.toContain('kd94hf93k423kf44');
    expect(json).not.toContain('pfkkdhi9sl3r4s00');
    const v = JSON.parse(json);
    expect(v.request.url).toBe('http://photos.example.net/photos?file=vacation.jpg&size=original');
    expect(v.steps.collectedParameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'file', value: 'vacation.jpg', source: 'query' })]));
    expect(v.steps.normalizedParameters).toContain('oauth_nonce=chapoH');
    expect(v.steps.baseString.full).toMatch(/^GET&http%3A%2F%2Fphotos\.example\.net%2Fphotos&/);
    expect(v.steps.signature).toBe('MdpQcU8iPSUjWoN/UDMsK2sui9I=');
    expect(v.credentials).toEqual({ consumerKey: 'dpf43f3p2l4k3l03', token: 'nnch734d00sl2jdk' });
  });

  it('includes the secrets and signing key when “Include secrets” is ticked', async () => {
    const view = renderApp();
    await loadPreset(view.user, /RFC 5849 §1\.2/);
    const v = JSON.parse(await exportVector(view, true));
    expect(v.credentials.consumerSecret).toBe('kd94hf93k423kf44');
    expect(v.credentials.tokenSecret).toBe('pfkkdhi9sl3r4s00');
    expect(v.steps.signingKey).toBe('kd94hf93k423kf44&pfkkdhi9sl3r4s00');
  });

  it('leaves a PLAINTEXT signature out too, since it is the key', async () => {
    const view = renderApp();
    await loadPreset(view.user, 'MediaMosa: access token (PLAINTEXT)');
    const json = await exportVector(view, false);
    expect(json).not.toContain('YOUR_SECRET_HERE');
    expect(json).not.toContain('YOUR_REQUEST_TOKEN_SECRET');
  });

  it('downloads the JSON as a file', async () => {
    const view = renderApp();
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:vector');
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await view.user.click(screen.getByText('Export as test vector'));
    await view.user.click(screen.getByRole('button', { name: 'Download JSON' }));
    await screen.findByText(/Downloaded sigstep-test-vector\.json/);
    expect(click).toHaveBeenCalled();
    const blob = createObjectURL.mock.calls[0]?.[0];
    expect(JSON.parse(await readBlob(blob as Blob)).format).toBe('sigstep-test-vector/1');
    click.mockRestore();
  });
});
