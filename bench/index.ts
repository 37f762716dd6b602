import { coreSuite } from './core';
import { diagramSuite } from './diagram';
import { editorSuite } from './editor';
import { previewSuite } from './preview';
import { runSuites, type Suite } from './suite';
import { timelineSuite } from './timeline';

export type { Check, Suite, SuiteResult } from './suite';

/** Every suite `npm run bench` runs, in order: add a suite by appending it here. */
export const SUITES: readonly Suite[] = [coreSuite, diagramSuite, previewSuite, editorSuite, timelineSuite];

if (require.main === module) {
  runSuites(SUITES).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}
