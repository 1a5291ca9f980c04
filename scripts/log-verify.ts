// `npm run log:verify -- --data-dir DIR`: checks the access log's hash chain; see log-verify/run.ts.
import { runLogVerify } from './log-verify/run';

process.exit(await runLogVerify(process.argv.slice(2), console));
