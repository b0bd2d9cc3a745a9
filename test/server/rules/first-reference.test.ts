import * as assert from 'node:assert/strict';
import { article, expectFinding, expectNone, offsetOf } from './helpers';

describe('first-reference', () => {
  it('fires on a speaker named only by surname', () => {
    expectFinding(article('Mediators meet both sides on Wednesday.\n\n"The government has offered nothing new, and the workers know it," Almeida said.'), 'first-reference', 'Almeida', {}, true);
  });

  it('fires on a surname used before the full-name introduction, pointing at it', () => {
    const text = article('Brandt said the company would review its options.\n\nChief Financial Officer Stefanie Brandt said the mill was losing money.');
    const finding = expectFinding(text, 'first-reference', 'Brandt', {}, true);
    const related = finding.related[0].span;
    assert.ok(related.start <= offsetOf(text, 'Stefanie Brandt') && related.end >= offsetOf(text, 'Stefanie Brandt') + 'Stefanie Brandt'.length);
  });

  it('does not fire when the full name comes first', () => {
    expectNone(article('Chief Financial Officer Stefanie Brandt said the mill was losing money.\n\nBrandt said the company would review its options.'), 'first-reference');
    expectNone(article('Dr. Priya Raman, chief medical officer at the hospital, said 23 victims were treated. Four remain in intensive care, she said.'), 'first-reference');
  });

  it('does not count a headline\'s surname, AP style, either way', () => {
    expectNone(article('# Brandt: Mill will close in May\n\nChief Financial Officer Stefanie Brandt said the mill was losing money.\n\nBrandt said the company would review its options.'), 'first-reference');
    expectFinding(article('# Brandt: Mill will close in May\n\nBrandt said the mill was losing money.'), 'first-reference', 'Brandt said');
  });

  it('takes a relative named after the relation as introduced: her daughter, Fiona, …', () => {
    expectNone(article('Agnes Tully, 68, keeps the light.\n\nHer daughter, Fiona, who lives in Glasgow, said her mother would never leave.'), 'first-reference');
    expectNone(article('Agnes Tully, 68, keeps the light.\n\nTully\'s son, Peter, said she would never leave.'), 'first-reference');
    // A given name with no relation before it is still unintroduced.
    expectFinding(article('Agnes Tully, 68, keeps the light.\n\nFiona, who lives in Glasgow, said her mother would never leave.'), 'first-reference', 'Fiona');
  });

  it('fires on "she" that points to no one named before it, not on "they" that stands for a group', () => {
    expectFinding(article('The mill closed on Friday.\n\n"We were never told," she said.'), 'first-reference', 'she', {}, true);
    expectNone(article('The plaintiffs filed suit on Monday. They argue that the agency overstepped its authority.'), 'first-reference');
  });

  it('does not fire on organizations or anonymous sources', () => {
    expectNone(article('The Pentagon said it would share what its aircraft observe.'), 'first-reference');
    expectNone(article('A senior official said the talks would resume.'), 'first-reference');
  });
});
