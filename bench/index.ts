import { bundleSuite } from './bundle';
import { captureSuite } from './capture';
import { coreSuite } from './core';
import { diagramSuite } from './diagram';
import { editorSuite } from './editor';
import { editorStallSuite } from './editorStall';
import { previewSuite } from './preview';
import { scaleSuite } from './scale';
import { runSuites, type Suite } from './suite';
import { timelineSuite } from './timeline';

export type { Check, Suite, SuiteResult } from './suite';

/** Every suite `npm run bench` runs, in order: add a suite by appending it here. */
export const SUITES: readonly Suite[] = [bundleSuite, coreSuite, scaleSuite, diagramSuite, previewSuite, editorSuite, timelineSuite, editorStallSuite, captureSuite];

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
