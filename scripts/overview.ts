// `npm run overview -- --data-dir DIR --month YYYY-MM --format pdf|xlsx|csv --out FOLDER`: the monthly
// overview as a file, without the app (for a scheduled task). Prints the path written, or a Dutch message
// and exits non-zero. KBZ_TEST_CLOCK (an ISO instant) fixes "made on" for tests.
import { runOverviewCli } from '../main/services/overview/export/cli/run-overview-cli';
import { translateNl } from '../main/services/translate';

const clock = process.env.KBZ_TEST_CLOCK;
runOverviewCli(process.argv.slice(2), process.env, clock ? () => clock : undefined)
  .then((outcome) => {
    for (const line of outcome.out) console.log(line);
    for (const line of outcome.err) console.error(line);
    process.exitCode = outcome.code;
  })
  .catch(() => {
    // Whatever it was: no stack trace, no data, just that it failed.
    console.error(translateNl('overviewExport.cli.failed'));
    process.exitCode = 1;
  });
