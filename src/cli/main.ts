import { version } from '../../package.json';
import { run } from './run';

// A reader that stops early (`tcpflow check . | head`) is not an error; any other failure to write is an I/O error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') {
    process.exitCode = 2;
  }
});

process.exitCode = run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  version,
});
