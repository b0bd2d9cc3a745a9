import * as assert from 'node:assert/strict';
import { article, expectFinding, expectNone } from './helpers';

describe('unbalanced-quotes', () => {
  it('fires, as an error, on a quote left open when the next paragraph does not continue it', () => {
    const text = article('"We are not going back without a signed contract, Sousa told a rally on Tuesday.\n\nThe association said shipments were being diverted.');
    const finding = expectFinding(text, 'unbalanced-quotes', '"We are not', {}, false);
    assert.equal(finding.severity, 'error');
    assert.equal(finding.span.end - finding.span.start, 1, 'the finding marks the quote mark');
  });

  it("marks both apostrophes of a doubled-apostrophe mark ('') left open", () => {
    const text = article("''We are not going back without a signed contract, Sousa told a rally on Tuesday.\n\nThe association said shipments were being diverted.");
    const finding = expectFinding(text, 'unbalanced-quotes', "''We are not");
    assert.equal(text.slice(finding.span.start, finding.span.end), "''");
    assert.match(finding.message, /^This '' opens a quote/);
  });

  it('fires on a closing mark with no opening one', () => {
    const text = article('The minister called the offer fair” and left the room, officials said.');
    expectFinding(text, 'unbalanced-quotes', '”');
  });

  it('does not fire on a quote that runs over paragraphs, each opening with a mark', () => {
    const text = article('"Every week without an agreement costs lives," Anna Lindqvist said. "Our people do not count this in rounds.\n\n"They count it in nights spent in basements.\n\n"We will stay in Geneva."');
    expectNone(text, 'unbalanced-quotes');
  });

  it('does not fire on apostrophes, straight or curly', () => {
    expectNone(article("The ministers' talks don't resume until the '90s-era treaty is signed, Marta Sousa said."), 'unbalanced-quotes');
    expectNone(article('“I’ve lived on this street since the ’80s,” said Dolores Pruitt, whose neighbors’ homes were destroyed.'), 'unbalanced-quotes');
    expectNone(article('*Margaret Ellery is a former chair of the Hartfield Library Users’ Group.*'), 'unbalanced-quotes');
  });

  it('does not fire on nested single quotes', () => {
    expectNone(article('"When they told us there would be \'not one more metre\' of negotiation, nobody believed them," Maria Okafor said.'), 'unbalanced-quotes');
  });
});
