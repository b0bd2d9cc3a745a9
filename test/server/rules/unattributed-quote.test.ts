import { article, expectFinding, expectNone } from './helpers';

describe('unattributed-quote', () => {
  it('fires on a quote paragraph with no speaker', () => {
    const text = article('Dockworkers walked off the job on Tuesday.\n\n"This is the worst summer for the port since anyone can remember."');
    expectFinding(text, 'unattributed-quote', '"This is the worst summer for the port since anyone can remember."', {}, true);
  });

  it('does not fire on attributed quotes, before, after or around the speaker', () => {
    expectNone(article('"We will stay as long as it takes," said Marta Sousa, the union\'s president.'), 'unattributed-quote');
    expectNone(article('Marta Sousa, the union\'s president, said: "We will stay as long as it takes."'), 'unattributed-quote');
    expectNone(article('"We will stay," union president Marta Sousa said, "as long as it takes."'), 'unattributed-quote');
  });

  it('does not fire on apostrophes', () => {
    expectNone(article("The ministers' talks don't resume until the '90s-era treaty is signed, the union's leader Marta Sousa said."), 'unattributed-quote');
  });

  it('does not fire on scare quotes or titles of works', () => {
    expectNone(article('The county calls the remaining branches "hubs" now.'), 'unattributed-quote');
    expectNone(article('In the book "The Reading Room" the historian Ruth Adler tells the story of the branch library.'), 'unattributed-quote');
  });

  it('does not fire on the later paragraphs of an attributed multi-paragraph quote', () => {
    const text = article(
      '"Every week without an agreement costs lives," Foreign Minister Anna Lindqvist said. "Our people do not count this in rounds of talks.\n\n"They count it in nights spent in basements.\n\n"We will stay in Geneva."',
    );
    expectNone(text, 'unattributed-quote');
  });

  it('does not fire inside a block quote, whose source the text around it gives', () => {
    const text = article('Ashworth keeps a copy of the entry in the parish flood book:\n\n> "Water over the footbridge by six in the evening. Carried the piano upstairs."');
    expectNone(text, 'unattributed-quote');
  });

  it('does not fire on quote marks in code, comments or link titles', () => {
    const text = article('Changing a threshold means typing `git commit -m "new level agreed at the meeting"` again.\n\n<!-- "Kellbrook River Watch" credit -->\n\nThe group publishes [its readings](https://example.org "Live river levels, updated every five minutes").');
    expectNone(text, 'unattributed-quote');
  });

  it('fires inside block quotes when asked to', () => {
    const text = article('> "Water over the footbridge by six in the evening. Carried the piano upstairs. Nobody came to help us."');
    expectFinding(text, 'unattributed-quote', '"Water over', { blockQuotes: true });
  });
});
