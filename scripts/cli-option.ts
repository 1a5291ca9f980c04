// `--name value` from a script's command line (npm run x -- --name value).
export function cliOption(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** A whole-number option, its default when absent; exits with a message when it is not a whole number. */
export function wholeNumberOption(script: string, name: string, fallback: number, min = Number.MIN_SAFE_INTEGER): number {
  const text = cliOption(name);
  const value = text === undefined ? fallback : Number(text);
  if (!Number.isInteger(value) || value < min) {
    console.error(`${script}: --${name} wants a whole number${min > Number.MIN_SAFE_INTEGER ? ` of at least ${min}` : ''}`);
    process.exit(2);
  }
  return value;
}
