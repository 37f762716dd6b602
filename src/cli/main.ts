import { version } from '../../package.json';
import { languageOf } from './args';
import { CliFailure } from './messages';
import { run } from './run';

const argv = process.argv.slice(2);
const lang = languageOf(argv, process.env);
let outputFailed = false;

// A reader that stops early (`tcpflow check . | head`) is not an error: the run ends quietly.
// Any other failure to write (a full disk, /dev/full) ends with one line on stderr and status 2.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (outputFailed) {
    return;
  }
  outputFailed = true;
  if (error.code !== 'EPIPE') {
    process.stderr.write(new CliFailure('cli.writeFailed', {}, { systemError: error }).text(lang) + '\n');
    process.exitCode = 2;
  }
});
// stderr closed too: nothing is left to tell, and nothing to crash over.
process.stderr.on('error', () => undefined);

const status = run(argv, {
  stdout: (text) => {
    if (!outputFailed) {
      process.stdout.write(text);
    }
  },
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  version,
});
if (process.exitCode === undefined || process.exitCode === 0) {
  process.exitCode = status;
}
