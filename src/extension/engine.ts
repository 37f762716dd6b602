import * as path from 'path';

/** What the engine bundle exports (analysisEngine.ts). */
export type Engine = typeof import('./analysisEngine');

let loaded: Engine | undefined;

/**
 * The engine bundle beside this file, loaded on first use. Its path is computed, so the bundler
 * leaves the engine out of the extension host's bundle; only types are imported from it here.
 */
export function engine(): Engine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require(path.join(__dirname, 'analysisEngine.js')) as Engine;
  return loaded;
}
