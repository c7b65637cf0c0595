/** base64 of a string's UTF-8 bytes (RFC 7617 §2.1 says user-id and password are UTF-8 when nothing else is agreed). */
export function base64Utf8(s: string): string {
  const bytes = new TextEncoder().encode(s);
  // btoa takes a "binary string"; build it in chunks so a long value cannot overflow the argument list.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
