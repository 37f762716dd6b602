import * as analysisEngine from './analysisEngine';

/** What the engine bundle exports (analysisEngine.ts). */
export type Engine = typeof analysisEngine;

/**
 * engine.ts for the browser bundle, which esbuild.js puts in its place: a web worker extension
 * host has no file system to load a second bundle from, so the engine is part of this one.
 */
export function engine(): Engine {
  return analysisEngine;
}
