import * as assert from 'node:assert/strict';
import { applyFix, article, expectFinding, expectNone, findings } from './helpers';

describe('mixed-quote-style', () => {
  const mixed = article('"We will not go back," said Marta Sousa, the union leader.\n\n“We have put a fair offer on the table,” said Rui Esteves, the port chairman.\n\n"Nothing new," Sousa said.');

  it('fires on the quote in the minority style, with a safe fix that changes only the marks', () => {
    const finding = expectFinding(mixed, 'mixed-quote-style', '“We have put a fair offer on the table,”', {}, true);
    assert.equal(finding.fixes[0].safe, true);
    const fixed = applyFix(mixed, finding);
    assert.ok(fixed.includes('"We have put a fair offer on the table," said Rui Esteves'));
    assert.equal(fixed.length, mixed.length, 'only marks are swapped');
    assert.equal(findings(mixed, 'mixed-quote-style').length, 1);
  });

  it('converts nested quote marks with their quote', () => {
    const text = article('"Nothing new," said Marta Sousa, the union leader.\n\n"It was fair," said Rui Esteves, the port chairman.\n\n“They said ‘not one more metre’ to us,” said Ana Lopes, a docker.');
    const fixed = applyFix(text, expectFinding(text, 'mixed-quote-style', '“They said'));
    assert.ok(fixed.includes(`"They said 'not one more metre' to us," said Ana Lopes`));
  });

  it("counts two apostrophes standing for a mark (''…'') as straight, and turns both into one curly mark", () => {
    const text = article("“Nothing new,” said Marta Sousa, the union leader.\n\n“It was fair,” said Rui Esteves, the port chairman.\n\n''They said 'not one more metre' to us,'' said Ana Lopes, a docker.");
    const finding = expectFinding(text, 'mixed-quote-style', "''They said");
    assert.equal(finding.data?.style, 'straight');
    const fixed = applyFix(text, finding);
    assert.ok(fixed.includes("“They said ‘not one more metre’ to us,” said Ana Lopes"), fixed);
    expectNone(article("''Nothing new,'' said Marta Sousa.\n\n\"It was fair,\" said Rui Esteves."), 'mixed-quote-style');
  });

  it('does not fire on apostrophes of the other style', () => {
    expectNone(article('"Their parents did the same in the ’90s," said Anna Lindqvist, the foreign minister. "We don’t forget."'), 'mixed-quote-style');
  });

  it('does not fire on quote marks in code or comments', () => {
    expectNone(article('“We just know our bend in the river,” said Hilde Baumann, a volunteer.\n\nShe types `git commit -m "new level"` and saves.\n\n<!-- credit it "Kellbrook River Watch" -->'), 'mixed-quote-style');
  });

  it('enforces a house style when one is set', () => {
    const text = article('“We just know our bend in the river,” said Hilde Baumann, a volunteer.');
    expectFinding(text, 'mixed-quote-style', '“We just know', { style: 'straight' });
    expectNone(text, 'mixed-quote-style', undefined, { style: 'curly' });
  });
});
