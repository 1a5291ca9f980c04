// Run in a child process by golden.test.ts (under several TZ values): prints every golden file as JSON, or with
// `--write` (re)writes them beside this script. Regenerate after a deliberate format change:
//   npx tsx main/services/invitations/golden/print-golden.ts --write
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { goldenFiles } from './fixtures';

const files = goldenFiles();
if (process.argv.includes('--write')) {
  for (const [name, content] of Object.entries(files)) writeFileSync(fileURLToPath(new URL(`./${name}`, import.meta.url)), content);
} else {
  process.stdout.write(JSON.stringify(files));
}
