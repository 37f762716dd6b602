import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { localize } from '../../../src/core/messages';
import { applyEdits, codes } from './support';

const OPENED = 'B: listen\nA -> B: SYN seq=100\nB -> A: SYN,ACK seq=300 ack=101\nA -> B: ACK seq=101 ack=301\n';

/** Scripts with one mistake each, and the title of the fix that must leave them with no problem at all. */
const CASES: readonly { name: string; text: string; fix: string }[] = [
  { name: 'did-you-mean a flag', text: OPENED.replace('SYN seq=100', 'SYNN seq=100'), fix: "Replace with 'SYN'" },
  { name: 'did-you-mean an action', text: OPENED.replace('listen', 'lisen'), fix: "Replace with 'listen'" },
  { name: 'did-you-mean a state', text: `${OPENED}expect A ESTABLISED\n`, fix: "Replace with 'ESTABLISHED'" },
  { name: 'did-you-mean a host', text: `${OPENED}A -> Bb: ACK seq=101 ack=301\n`, fix: "Replace with 'B'" },
  { name: 'did-you-mean a keyword', text: `${OPENED}expct A ESTABLISHED\n`, fix: "Replace with 'expect'" },
  { name: 'did-you-mean a field', text: `${OPENED}A -> B: ACK sq=101 ack=301\n`, fix: "Replace with 'seq'" },
  { name: 'add the missing listen', text: OPENED.replace('B: listen\n', ''), fix: 'Add `B: listen` before this line' },
  { name: 'set seq', text: `${OPENED}A -> B: ACK seq=999 ack=301\n`, fix: 'Change to 101' },
  { name: 'set ack', text: `${OPENED}A -> B: ACK seq=101 ack=999\n`, fix: 'Change to 301' },
  { name: 'insert the owed reply', text: 'B: listen\nA -> B: SYN seq=100\nB -> A: SYN,ACK seq=300 ack=101\n', fix: 'Insert `A -> B: ACK`' },
  { name: 'make expect match', text: `${OPENED}expect A SYN-SENT\n`, fix: 'Expect ESTABLISHED' },
  { name: 'insert a missing comma', text: `${OPENED}expect A ESTABLISHED B ESTABLISHED\n`, fix: "Insert ','" },
  { name: 'remove a repeated flag', text: OPENED.replace('SYN seq=100', 'SYN SYN seq=100'), fix: 'Remove the repeated SYN' },
];

describe('quick fixes', () => {
  for (const { name, text, fix } of CASES) {
    it(`${name}: the fix leaves a script with no problem`, () => {
      const found = analyze(text).diagnostics.flatMap((d) => d.fixes ?? []).find((f) => localize(f.title, 'en') === fix);
      assert.ok(found, `no fix titled ${fix}`);
      assert.deepStrictEqual(codes(analyze(applyEdits(text, found.edits)).diagnostics), []);
    });
  }

  it('every fix offered on these scripts removes a diagnostic of the code it belongs to', () => {
    for (const { text } of CASES) {
      const before = analyze(text).diagnostics;
      for (const diagnostic of before) {
        for (const fix of diagnostic.fixes ?? []) {
          const after = analyze(applyEdits(text, fix.edits)).diagnostics;
          const count = (list: typeof before) => list.filter((d) => d.code === diagnostic.code).length;
          assert.ok(count(after) < count(before), `${localize(fix.title, 'en')} on ${diagnostic.code} in ${JSON.stringify(text)}`);
        }
      }
    }
  });
});
