// `npm run security-scan`: electronegativity over the app's own sources and a deliberately insecure
// canary. It writes SARIF to reports/; any finding that security/electronegativity-allowlist.json does
// not allow (with a reason), any allowlist entry that matches nothing, and any file the scanner could
// not parse fail the run. Electronegativity itself exits 0 whatever it finds.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allowlistSchema, compareWithAllowlist, describeComparison, findingsFromSarif } from './security-scan/findings';

const root = fileURLToPath(new URL('..', import.meta.url));
// What ships (main, preload, renderer) and the canary; package.json tells it the Electron version.
const SCANNED = ['main', 'preload', 'renderer', 'security/canary'];
const ALLOWLIST = 'security/electronegativity-allowlist.json';
const SARIF = join(root, 'reports', 'electronegativity.sarif');
// It asks GitHub for Electron's releases, which fails offline; keeping Electron current is npm outdated's job.
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

interface ScanOptions {
  input: string;
  output: string;
  isSarif: boolean;
  isRelative: boolean;
  customScan: string[];
  excludeFromScan: string[];
}
interface ParseError {
  file: string;
  message: string;
  tolerable: boolean;
}
type Electronegativity = (options: ScanOptions, forCli: boolean) => Promise<{ errors: ParseError[] }>;

/** Electronegativity scans one folder: this one links (or, for files, copies) the scanned parts. */
function scanFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kbz-security-scan-'));
  for (const part of SCANNED) {
    mkdirSync(dirname(join(dir, part)), { recursive: true });
    symlinkSync(join(root, part), join(dir, part), 'junction');
  }
  copyFileSync(join(root, 'package.json'), join(dir, 'package.json'));
  return dir;
}

/** Electronegativity starts writing its report without waiting for it: wait until it reads whole. */
async function readWrittenSarif(): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      return JSON.parse(readFileSync(SARIF, 'utf8'));
    } catch (err) {
      if (attempt >= 100) throw err;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

async function main(): Promise<number> {
  const electronegativity = createRequire(import.meta.url)('@doyensec/electronegativity') as Electronegativity;
  const allowlist = allowlistSchema.parse(JSON.parse(readFileSync(join(root, ALLOWLIST), 'utf8')));
  mkdirSync(dirname(SARIF), { recursive: true });
  rmSync(SARIF, { force: true });
  const dir = scanFolder();
  let errors: ParseError[];
  try {
    ({ errors } = await electronegativity(
      { input: dir, output: SARIF, isSarif: true, isRelative: true, customScan: [], excludeFromScan: EXCLUDED_CHECKS },
      false,
    ));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const unparsed = errors.filter((e) => !e.tolerable);
  for (const e of unparsed) console.error(`security scan: could not parse ${relative(dir, e.file)}, so it was not checked: ${e.message}`);

  const comparison = compareWithAllowlist(findingsFromSarif(await readWrittenSarif()), allowlist);
  for (const line of describeComparison(comparison, ALLOWLIST)) console.log(line);
  console.log(`security scan: SARIF in ${relative(root, SARIF)}`);
  return unparsed.length > 0 || comparison.unlisted.length > 0 || comparison.stale.length > 0 ? 1 : 0;
}

process.exitCode = await main();
