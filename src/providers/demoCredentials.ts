/**
 * Demo credentials of the built-in reference provider (server/). They are public on
 * purpose: the provider only runs on loopback, and these let the whole product work
 * with no account anywhere. The server imports them from here so the presets and
 * the provider cannot disagree.
 */
export const DEMO_OAUTH1 = {
  consumerKey: "sigstep-demo-key",
  consumerSecret: "sigstep-demo-secret",
} as const;

/** A second OAuth 1.0a client, registered with an RSA public key for RSA-SHA1 / RSA-SHA256. */
export const DEMO_OAUTH1_RSA = {
  consumerKey: "sigstep-demo-rsa-key",
  privateKeyPem: "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDk5AXHpq8aMc9w\nHzc0xsJlzbMAXa/utSWFa3HUu6fWtY5RolJ3SHijkHk4JHzPqXjamvka9kaW7TnL\nlV9tcfi7q8sqjlsr2+vGffGvJxatO9AuiUw1V5/DeTQyOgfJYaFi+H75zGBKrlP3\n/pSqwTP3SNOfzhUwnvMhLb5erd6MM8nsK9R7sZ1Lrd3SFhykv8mcKi2DFfGIPl7h\nL3yK4yVVYF6sHK6HruNRc9O3hHY4dpwR4CE+Kc53YJ1HcDgjccLI58qdaokujZNk\nN9TOAOrUD2tPXj1HPOCjgU8MHqFp+kQCY/6LnS3RxySpwVPC9QdG501ay4gWXYQ0\nu41Pk+AVAgMBAAECggEAH/+otzKcRCM2hsw2YZBv2N+a6LAwSkTUzAQrU7wwSJn1\nHYB92uMsymEGMU0Yjcd5d8Y2kQhg8fSUIdvuDVTjmwj3TCm+oTELkyJESWJDj1BP\nWFIlb0eitCcbnvHx6LtXXoiy56UkyQv5/S+ABSchZq6ttyeOWs+92aOVe5L/C8Zl\n6jegJqsiJcpwYIFrheg5fWOnCzlhoNFzNYTVqgjJv3AHAPennGo3tUX88ziPjmCK\nltZxK6Kloe/CufjJrQA/ZLb9GWr89MlQlZCRiT7jSGBHgtPgs0wwCbBs4knmmYsD\njgel7q2+/jfuNVevXbkymtgJdUFmkpcD1X7BE8PKOQKBgQD/hca9YP3wq1fKgZ/E\n1u2kZ1+cGzo1YrJdARO7oWBSGmAfRwH8P9UVZFtqWAMZHVu4DPc9DJ+z/RvUtXWF\nrVCWePv5Fy7GFUMYFcN0C0wQbplyWuiVlVc4lVm3F4spFtkVUBMMgkvDTf9EHA/2\nOsxRJBpK9qc6u1shtN+grHOLewKBgQDlUYHqY8LLujGURA/aT0DBL7raTvqArnxq\nSy3Tm9IvYA7Dz1HH58rvo0hMDn0YSachSMdcgeeBHk1e9XbvUuzpVmSWOJwJvb89\nI9bswK7NkFXXyQ46lBYudRQEvVd7lNvbWIjUWngYpa0KmQpBYiSRI+aKGEjavV/6\nGIPWNrBlrwKBgQD1MMJHIRYr5c7lREMyV+dLdeJ54mqVpbJvqkPsLOtHfYW1Hacb\nDYmD8HwD7JZ0eAZ18wMfsshgp0UYdFNkRa3p5ggruoIok2iBaQjXhqujrO1TnUZH\nmzlJ0452MYJYmFMQr3jH7ROUQnjrO15ZsYwzZEhSnKJVqkjFbFGWVUS+lwKBgAIW\nxP0ynXKnpo34NMDDWg6odaZJc+S6Mi3xs2ArGjYORPQprlAI34NhVGZE94TCHwCh\nnhdMo6Q8d233BHdXpQrXG6F2sI0yKkzPR8TuWGlM+Es37KZB9RXFQUJtyx84Euyj\nmNN+Y3ut/q6LCFniH/0me5IkeH1tnjM0B/dqlh7HAoGARcYXeACtRU3fNfdzCpMn\nlwdjInmkYfva5Z3ztUsJAeYuvy75wZVjDwU1jjQhBrvSrAUhZHZF1YjTC9VP2nZU\ns4FUlH4K2BNsSuXNyTAvmypg/tB6kzO1MAOiYb422yD77RlmruCoPEZN548mdXDs\nJIDqDeoorgj6AttXTsKNQ40=\n-----END PRIVATE KEY-----\n",
  publicKeyPem: "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA5OQFx6avGjHPcB83NMbC\nZc2zAF2v7rUlhWtx1Lun1rWOUaJSd0h4o5B5OCR8z6l42pr5GvZGlu05y5VfbXH4\nu6vLKo5bK9vrxn3xrycWrTvQLolMNVefw3k0MjoHyWGhYvh++cxgSq5T9/6UqsEz\n90jTn84VMJ7zIS2+Xq3ejDPJ7CvUe7GdS63d0hYcpL/JnCotgxXxiD5e4S98iuMl\nVWBerByuh67jUXPTt4R2OHacEeAhPinOd2CdR3A4I3HCyOfKnWqJLo2TZDfUzgDq\n1A9rT149Rzzgo4FPDB6hafpEAmP+i50t0cckqcFTwvUHRudNWsuIFl2ENLuNT5Pg\nFQIDAQAB\n-----END PUBLIC KEY-----\n",
} as const;

/**
 * Access tokens the reference provider issues at start, so a protected resource
 * can be called without running the three-legged flow first. Public and fixed on
 * purpose; they never expire.
 */
export const DEMO_ACCESS_TOKEN = {
  token: "sigstep-demo-access-token",
  secret: "sigstep-demo-access-secret",
} as const;

/** The same for the RSA client. RSA-SHA1 ignores the secret, but the token still names the grant. */
export const DEMO_RSA_ACCESS_TOKEN = {
  token: "sigstep-demo-rsa-access-token",
  secret: "sigstep-demo-rsa-access-secret",
} as const;

/** OAuth 2.0 client credentials, shaped like an OS Data Hub project key and secret. */
export const DEMO_OAUTH2 = {
  clientId: "sigstep-demo-client",
  clientSecret: "sigstep demo secret:with/reserved&chars",
} as const;

/** Path prefix under which the dev server (and the e2e static server) mounts the provider. */
export const PROVIDER_MOUNT = "/provider";
/** Path prefix under which the dev server mounts the relay. */
export const RELAY_MOUNT = "/__relay";
