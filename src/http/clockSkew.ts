/**
 * How far the provider's clock is from the request's oauth_timestamp, in
 * seconds: positive when the server is ahead (the request looks old), negative
 * when it is behind. The answer's Date header (RFC 9110 §6.6.1) is the server's
 * clock to the second.
 */
export function clockSkew(requestTimestamp: string, dateHeader?: string): number | undefined {
  if (dateHeader === undefined || !/^\d{1,12}$/.test(requestTimestamp.trim())) return undefined;
  const serverMs = Date.parse(dateHeader);
  if (Number.isNaN(serverMs)) return undefined;
  return Math.floor(serverMs / 1000) - Number(requestTimestamp.trim());
}
