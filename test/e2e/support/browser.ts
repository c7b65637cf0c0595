import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium, never a downloaded build; SIGSTEP_CHROMIUM overrides the path. */
export const CHROMIUM_PATH = process.env.SIGSTEP_CHROMIUM ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps dialling out, and this
// machine's closed network refuses every one of those connections.
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** `extraFlags`: e.g. --force-renderer-accessibility, the full accessibility tree a running screen reader turns on. */
export function launchChromium(extraFlags: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...FLAGS, ...extraFlags], headless: true });
}
