import * as os from 'os';

/** A target a suite measures against, and whether this run met it. */
export interface Check {
  readonly name: string;
  readonly pass: boolean;
  /** The measured figure against the target, e.g. `8.1 ms < 10 ms`. */
  readonly detail: string;
}

export interface SuiteResult {
  /** Rows of a table; the first row is the header. */
  readonly table: readonly (readonly string[])[];
  /** Anything a reader needs to read the table right (what was not measured, and why). */
  readonly notes: readonly string[];
  readonly checks: readonly Check[];
}

/** One benchmark: `npm run bench` runs every suite listed in bench/index.ts, in order. */
export interface Suite {
  readonly name: string;
  run(): Promise<SuiteResult>;
}

export interface Timing {
  readonly median: number;
  readonly min: number;
  readonly runs: number;
}

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Times `work` in milliseconds: `warmup` untimed runs, then the median of `runs` timed runs. */
export async function measure(work: () => unknown | Promise<unknown>, options: { warmup: number; runs: number }): Promise<Timing> {
  for (let i = 0; i < options.warmup; i++) {
    await work();
  }
  const samples: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const start = now();
    await work();
    samples.push(now() - start);
  }
  samples.sort((a, b) => a - b);
  const middle = Math.floor(samples.length / 2);
  const median = samples.length % 2 === 1 ? samples[middle]! : (samples[middle - 1]! + samples[middle]!) / 2;
  return { median, min: samples[0]!, runs: samples.length };
}

/** Milliseconds with as many decimals as make sense for their size. */
export function ms(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]): string => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** Runs the suites one after another and prints each; returns the exit status (1 when a target was missed). */
export async function runSuites(suites: readonly Suite[]): Promise<number> {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`node ${process.version}, ${os.cpus().length} × ${cpu}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  let failed = 0;
  for (const suite of suites) {
    console.log(`\n== ${suite.name}\n`);
    const result = await suite.run();
    console.log(formatTable(result.table));
    for (const note of result.notes) {
      console.log(`note: ${note}`);
    }
    console.log('');
    for (const check of result.checks) {
      console.log(`${check.pass ? 'PASS' : 'FAIL'}  ${check.name}: ${check.detail}`);
      failed += check.pass ? 0 : 1;
    }
  }
  console.log(failed === 0 ? '\nall targets met' : `\n${failed} target(s) missed`);
  return failed === 0 ? 0 : 1;
}
