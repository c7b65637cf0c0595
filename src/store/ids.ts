/** Row ids only need to be unique inside one table; they are never sent anywhere. */
let counter = 0;
export function newRowId(): string {
  counter += 1;
  return `r${Date.now().toString(36)}${counter.toString(36)}`;
}

/** A 32-character alphanumeric nonce from the platform's CSPRNG. */
export function randomNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
