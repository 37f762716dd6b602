import * as fs from 'fs';
import * as path from 'path';
import { bundlePaths, chromiumPath, codeServerBin, inHostTestsModule, repoRoot, vsixPath } from './paths';

/**
 * What the end-to-end run needs before it starts. Missing chromium or code-server is a skip on a
 * developer's machine (with the reason) and a failure under CI=true; a missing or stale build is
 * always a failure, since `npm run test:e2e` makes it.
 */

export interface Missing {
  /** Installation problems: skipped locally, failed under CI. */
  readonly tools: readonly string[];
  /** Build problems: always failures. */
  readonly build: readonly string[];
}

export function missingPrerequisites(): Missing {
  const tools: string[] = [];
  if (!fs.existsSync(chromiumPath)) {
    tools.push(`chromium is not installed at ${chromiumPath}`);
  }
  if (!fs.existsSync(codeServerBin)) {
    tools.push(`code-server is not installed at ${shown(codeServerBin)}`);
  }
  const build: string[] = [];
  if (!fs.existsSync(vsixPath)) {
    build.push(`${path.relative(repoRoot, vsixPath)} is missing (npm run package builds it)`);
  } else {
    const packaged = fs.statSync(vsixPath).mtimeMs;
    for (const bundle of bundlePaths) {
      if (fs.existsSync(bundle) && fs.statSync(bundle).mtimeMs > packaged) {
        build.push(`${path.relative(repoRoot, vsixPath)} is older than ${path.relative(repoRoot, bundle)} (npm run package rebuilds it)`);
      }
    }
  }
  if (!fs.existsSync(inHostTestsModule)) {
    build.push(`${path.relative(repoRoot, inHostTestsModule)} is missing (npm run compile-tests builds it)`);
  }
  return { tools, build };
}

/** A path relative to the repository when inside it, absolute otherwise. */
function shown(file: string): string {
  const relative = path.relative(repoRoot, file);
  return relative.startsWith('..') ? file : relative;
}

export function isCI(): boolean {
  return process.env.CI === 'true';
}
