// Points as a reader checks them: "agreed on the following points:" and a list of points is
// one statement per point, by the list's speaker with its act; the list ends where the
// paragraph's own numbering or running text resumes. People and states are invented.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { describeStatements, sliceOf, who } from '../test-helpers.test-util.ts';
import { talks } from './talks.test-util.ts';

describe('points under "the following points:"', () => {
  test('"agreed on the following points:" with bulleted "(i) … (ii) … (iii) …" is one statement per point', () => {
    const r = talks('1. Overview\n\nThe two leaders agreed on the following points:\n\n  • (i) The river commission will meet twice a year.\n  • (ii) Customs checks will be simplified.\n  • (iii) Student exchanges will double.');
    assert.deepEqual(r.statements.map((s) => s.content), [
      'The river commission will meet twice a year',
      'Customs checks will be simplified',
      'Student exchanges will double',
    ], describeStatements(r));
    for (const s of r.statements) {
      assert.equal(s.act, 'agree');
      assert.equal(who(r, s.speaker), 'group[Brunnhold + Moravik]');
      assert.equal(sliceOf(r, s.contentSpan), s.content);
    }
  });

  test('"agreed on the following points:" with unbulleted "(i)" lines is one statement per point', () => {
    const r = talks('(c) Based on these talks, the two leaders agreed on the following points:\n(i) The river commission will meet twice a year.\n(ii) Customs checks will be simplified.\n(iii) Student exchanges will double.');
    assert.deepEqual(r.statements.map((s) => s.content), [
      'The river commission will meet twice a year',
      'Customs checks will be simplified',
      'Student exchanges will double',
    ], describeStatements(r));
  });

  test('the paragraph\'s own numbering ends the list: "(d)" after "(c) … the following points:" is read for its own clauses', () => {
    const r = talks('(c) Based on these talks, the two leaders agreed on the following points:\n(i) The river commission will meet twice a year.\n(ii) Customs checks will be simplified.\n(d) President Moravik stated that the border was calm.');
    assert.deepEqual(r.statements.map((s) => [who(r, s.speaker), s.act, s.content]), [
      ['group[Brunnhold + Moravik]', 'agree', 'The river commission will meet twice a year'],
      ['group[Brunnhold + Moravik]', 'agree', 'Customs checks will be simplified'],
      ['Moravik', 'state', 'the border was calm'],
    ], describeStatements(r));
  });

  test('a paragraph after the points ends the list: a later bullet is no point of it', () => {
    const r = talks('The two leaders agreed on the following points:\n\n• The river commission will meet twice a year.\n\nPresident Moravik noted that trade had grown.\n\n• Brell will host the fair.');
    assert.deepEqual(r.statements.map((s) => s.content), ['The river commission will meet twice a year', 'trade had grown'], describeStatements(r));
  });

  test('"agreed on the following:" ending its sentence announces a list too', () => {
    const r = talks('The two leaders agreed on the following:\n\n• The river commission will meet twice a year.');
    assert.deepEqual(r.statements.map((s) => [s.act, s.content]), [['agree', 'The river commission will meet twice a year']], describeStatements(r));
  });
});
