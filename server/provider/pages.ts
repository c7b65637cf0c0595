import { escapeHtml } from '../shared/respond.ts';

/** The page chrome the provider's few HTML pages share. No script: nothing to inject into. */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; color: #1b1b1f; }
  code { background: #f1f1f4; padding: 0 .25em; border-radius: 3px; word-break: break-all; }
  button { font: inherit; padding: .5em 1.5em; margin-right: .5em; border-radius: 4px; border: 1px solid #555; cursor: pointer; }
  button[value="approve"] { background: #1f6f3f; color: #fff; border-color: #1f6f3f; }
  .verifier { font-size: 1.5rem; }
  table { border-collapse: collapse; } td, th { text-align: left; padding: .2em .8em .2em 0; vertical-align: top; }
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/** Headers for the HTML pages: the authorize page must not be framed (clickjacking). */
export const PAGE_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
} as const;
