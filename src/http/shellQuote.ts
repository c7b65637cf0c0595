/**
 * POSIX shell quoting of one argument. Inside single quotes nothing is special
 * (POSIX 2.2.2), so every byte survives — `$`, backticks, `"`, `\`, newlines —
 * except the single quote itself, which is closed, escaped and reopened: `'\''`.
 */
const SAFE = /^[A-Za-z0-9_/.:=@%+,-]+$/;

export function shellQuote(arg: string): string {
  return SAFE.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`;
}

/** A command line from its arguments; `multiline` puts each option on its own continued line. */
export function shellCommand(args: readonly string[], multiline = false): string {
  const quoted = args.map(shellQuote);
  if (!multiline) return quoted.join(' ');
  // Keep an option and its value on one line: break before every argument that starts with "-", and before the URL.
  const lines: string[] = [];
  for (let i = 0; i < quoted.length; i++) {
    const arg = quoted[i] as string;
    const newLine = i > 0 && (arg.startsWith('-') || i === quoted.length - 1);
    if (newLine || lines.length === 0) lines.push(arg);
    else lines[lines.length - 1] += ` ${arg}`;
  }
  return lines.join(' \\\n  ');
}
