import { spawn } from 'child_process';
import { eventually } from './wait';

/**
 * Child processes started in their own process group (setsid), stopped as a group: code-server's
 * file watchers and extension hosts outlive a kill of the main process alone. Groups still alive
 * when the test process ends — a failure, an interrupt — are killed on the way out.
 */

export interface GroupProcess {
  readonly pid: number;
  /** Resolves with the exit code (or the signal's name) when the main process exits. */
  readonly exited: Promise<number | string>;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Calls `listener` with each chunk of output from now on. */
  onOutput(listener: (chunk: string) => void): void;
  /** SIGTERM to the group, SIGKILL to whatever is left after a grace period; resolves when the group is gone. */
  stop(): Promise<void>;
}

const liveGroups = new Set<number>();

export function spawnGroup(command: string, args: readonly string[], env: NodeJS.ProcessEnv, cwd?: string): GroupProcess {
  // detached: true makes the child a session and process-group leader (setsid).
  const child = spawn(command, args, { detached: true, env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) {
    throw new Error(`${command} could not start`);
  }
  const pid = child.pid;
  liveGroups.add(pid);
  let output = '';
  const listeners: ((chunk: string) => void)[] = [];
  const collect = (data: Buffer): void => {
    const chunk = data.toString('utf8');
    output += chunk;
    listeners.forEach((listener) => listener(chunk));
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<number | string>((resolve) => {
    child.on('error', (error) => {
      output += `\n${command}: ${error.message}\n`;
      resolve('spawn-error');
    });
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
  return {
    pid,
    exited,
    output: () => output,
    onOutput: (listener) => listeners.push(listener),
    stop: () => stopGroup(pid),
  };
}

async function stopGroup(pgid: number): Promise<void> {
  if (!groupAlive(pgid)) {
    liveGroups.delete(pgid);
    return;
  }
  signalGroup(pgid, 'SIGTERM');
  try {
    await eventually(() => groupAlive(pgid), (alive) => !alive, `process group ${pgid} to exit after SIGTERM`, 5_000);
  } catch {
    signalGroup(pgid, 'SIGKILL');
    await eventually(() => groupAlive(pgid), (alive) => !alive, `process group ${pgid} to exit after SIGKILL`, 5_000);
  }
  liveGroups.delete(pgid);
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // Already gone.
  }
}

function killAllGroups(): void {
  for (const pgid of liveGroups) {
    signalGroup(pgid, 'SIGKILL');
  }
  liveGroups.clear();
}

process.on('exit', killAllGroups);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    killAllGroups();
    // Keep the signal's usual effect unless someone else (mocha) handles it.
    if (process.listenerCount(signal) === 0) {
      process.kill(process.pid, signal);
    }
  });
}
