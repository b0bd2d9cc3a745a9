import * as assert from 'node:assert/strict';
import { article, expectFinding, expectNone, findings } from './helpers';

describe('anonymity-unexplained', () => {
  it('fires when anonymity is only said to be granted, not why', () => {
    const text = article('A U.S. official speaking on condition of anonymity said the general was expected to attend the meeting.');
    const finding = expectFinding(text, 'anonymity-unexplained', 'A U.S. official');
    assert.ok(finding.related.some((r) => text.slice(r.span.start, r.span.end).includes('condition of anonymity')));
  });

  it('fires on an anonymous subject set off by commas', () => {
    const text = article('A senior military officer, speaking on condition of anonymity, said artillery fire had fallen by about two-thirds since the first round of talks.');
    expectFinding(text, 'anonymity-unexplained', 'A senior military officer');
  });

  it('fires on people familiar with the matter, with no reason', () => {
    expectFinding(article('Settlement talks broke down in January, according to people familiar with the matter.'), 'anonymity-unexplained', 'people familiar with the matter');
  });

  it('fires on unnamed officials opening a sentence', () => {
    const text = article('Officials have told Reuters that the ministry is planning exercises on the border.');
    expectFinding(text, 'anonymity-unexplained', 'Officials');
  });

  it('does not fire when the same sentence gives the reason', () => {
    expectNone(article('A Western diplomat who spoke on condition of anonymity because the talks are private said the team had drafted a text.'), 'anonymity-unexplained');
    expectNone(article('A state official who was not authorized to speak publicly told the AP that early counts put the number of destroyed homes at about 320.'), 'anonymity-unexplained');
  });

  it('does not fire again on a back-reference to a source already reported', () => {
    const text = article('A senior military officer, speaking on condition of anonymity, said fire had fallen by two-thirds. "The guns are quieter now than at any time this year," the officer said.');
    assert.equal(findings(text, 'anonymity-unexplained').length, 1);
  });

  it('does not take the front matter reason, which readers never see, unless told to', () => {
    const fm = 'title: Talks\ntype: news\nstyle: plain\nsources:\n  - name: a Western diplomat\n    anonymous: true\n    reason: the talks are private';
    const text = article('GENEVA — A Western diplomat said the team had drafted a text.', fm);
    expectFinding(text, 'anonymity-unexplained', 'A Western diplomat');
    expectNone(text, 'anonymity-unexplained', undefined, { frontMatterReason: true });
  });
});
