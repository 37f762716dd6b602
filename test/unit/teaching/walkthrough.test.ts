import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

interface Manifest {
  contributes: {
    commands: { command: string }[];
    walkthroughs: { id: string; title: string; steps: { id: string; title: string; description: string; media: { markdown?: string }; completionEvents?: string[] }[] }[];
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
const nls = {
  en: JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>,
  ko: JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.ko.json'), 'utf8')) as Record<string, string>,
};
/** Commands of VS Code itself that the walkthrough links to or waits for. */
const BUILT_IN = new Set(['workbench.actions.view.problems', 'editor.action.quickFix']);

function localized(value: string, lang: 'en' | 'ko'): string {
  const key = /^%(.+)%$/.exec(value)?.[1];
  assert.ok(key, `${value} is localized`);
  const text = nls[lang][key];
  assert.ok(text, `${lang}: ${key}`);
  return text;
}

describe('the walkthrough', () => {
  const walkthrough = manifest.contributes.walkthroughs[0]!;
  const ours = new Set(manifest.contributes.commands.map((c) => c.command));

  it('walks through a lesson, the preview, an error, a quick fix, stepping, and an exercise', () => {
    assert.deepStrictEqual(
      walkthrough.steps.map((s) => s.id),
      ['openLesson', 'preview', 'mistake', 'quickFix', 'stepThrough', 'exercise'],
    );
  });

  it('says everything in English and Korean', () => {
    for (const lang of ['en', 'ko'] as const) {
      localized(walkthrough.title, lang);
      for (const step of walkthrough.steps) {
        assert.ok(localized(step.title, lang).length > 3);
        assert.ok(localized(step.description, lang).length > 20);
      }
    }
  });

  it('links only to commands that exist, and the lesson it names exists', () => {
    for (const lang of ['en', 'ko'] as const) {
      for (const step of walkthrough.steps) {
        const text = localized(step.description, lang);
        for (const link of text.matchAll(/\(command:([\w.]+)(?:\?([^)]*))?\)/g)) {
          assert.ok(ours.has(link[1]!) || BUILT_IN.has(link[1]!), `${step.id}: ${link[1]}`);
          if (link[2]) {
            const [lesson] = JSON.parse(decodeURIComponent(link[2])) as string[];
            assert.ok(fs.existsSync(path.join(ROOT, 'examples', lesson!)), `${step.id}: ${lesson}`);
          }
        }
      }
    }
    for (const step of walkthrough.steps) {
      for (const event of step.completionEvents ?? []) {
        const command = /^onCommand:(.+)$/.exec(event)?.[1];
        assert.ok(command && (ours.has(command) || BUILT_IN.has(command)), `${step.id}: ${event}`);
      }
    }
  });

  it('shows a media file that exists for every step', () => {
    for (const step of walkthrough.steps) {
      assert.ok(step.media.markdown && fs.existsSync(path.join(ROOT, step.media.markdown)), `${step.id}: ${step.media.markdown}`);
    }
  });

  it('ships what it opens: the lessons, the exercises and the media are not left out of the VSIX', () => {
    const ignored = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim());
    for (const folder of ['examples', 'exercises', 'media']) {
      assert.ok(!ignored.some((pattern) => pattern === `${folder}/**` || pattern === folder), folder);
    }
  });
});
