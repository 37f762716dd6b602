import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** Runs the built command line (`npm run build` makes dist/cli.js) as a user would. */
export const root = path.resolve(__dirname, '../../../..');
export const bin = path.join(root, 'bin', 'tcpflow.js');

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: Record<string, string>;
  readonly input?: string | Buffer;
  /** Where stdout goes: a pipe (default), or a file descriptor such as one of /dev/full. */
  readonly stdout?: number;
  /** The run is killed after this long, so a regression that hangs fails instead of stalling the suite. */
  readonly timeoutMs?: number;
}

/** The environment without the locale, so messages are English unless a test asks otherwise. */
function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'LANG' && key !== 'LC_ALL' && key !== 'LC_MESSAGES') {
      env[key] = value;
    }
  }
  return env;
}

export function tcpflow(args: string[], options: RunOptions = {}): Run {
  return runCommand(process.execPath, [bin, ...args], options);
}

export function runCommand(command: string, args: string[], options: RunOptions = {}): Run {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: { ...baseEnv(), ...options.env },
    encoding: 'utf8',
    input: options.input,
    stdio: [options.input === undefined ? 'ignore' : 'pipe', options.stdout ?? 'pipe', 'pipe'],
    timeout: options.timeoutMs ?? 15000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
    assert.fail(`${path.basename(command)} ${args.join(' ')} did not end within ${options.timeoutMs ?? 15000} ms`);
  }
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** A usage or I/O failure that stops the run: status 2, nothing on stdout, one line on stderr and no stack trace. */
export function assertFailure(run: Run, mentions: string): void {
  assert.strictEqual(run.status, 2, run.stderr);
  assert.strictEqual(run.stdout, '');
  assertOneErrorLine(run, mentions);
}

/** One line on stderr naming the problem, and no stack trace. */
export function assertOneErrorLine(run: Run, mentions: string): void {
  assert.match(run.stderr, /^tcpflow: [^\n]+\n$/);
  assert.ok(run.stderr.includes(mentions), run.stderr);
  assert.ok(!/\bat .+:\d+:\d+/.test(run.stderr), 'no stack trace');
}

/** A scratch folder for one test, and a way to write files into it. */
export class Scratch {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcpflow-cli-'));

  write(relative: string, content: string | Buffer): string {
    const file = path.join(this.dir, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return file;
  }

  remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * A fresh scratch folder for each test of the enclosing `describe`, removed after it, and the
 * check that the CLI is built: call once at the top of a `describe`.
 */
export function useScratch(): Pick<Scratch, 'dir' | 'write'> {
  let current: Scratch | undefined;
  before(requireBuild);
  beforeEach(() => {
    current = new Scratch();
  });
  afterEach(() => {
    current?.remove();
    current = undefined;
  });
  const now = (): Scratch => {
    if (current === undefined) {
      throw new Error('the scratch folder exists only while a test runs');
    }
    return current;
  };
  return {
    get dir() {
      return now().dir;
    },
    write: (relative, content) => now().write(relative, content),
  };
}

export function requireBuild(): void {
  if (!fs.existsSync(path.join(root, 'dist', 'cli.js'))) {
    throw new Error('dist/cli.js is missing: run `npm run build` first');
  }
}

export const HANDSHAKE = 'title "x"\nhost A\nhost B\nB: listen\nA -> B: SYN seq=100\nB -> A: SYN+ACK seq=300 ack=101\nA -> B: ACK seq=101 ack=301\n';
export const WITH_ERROR = 'B: listen\nA -> B: SNY\n';
export const WITH_WARNING = 'B: listen\nA ~> B: SYN\n';
export const TEXT_LINE = /^(.+):(\d+):(\d+): (error|warning|hint): (.+) \[([a-z-]+)\]$/;
