import * as assert from 'node:assert/strict';
import { toExtract } from '../../../server/src/analysis/extract';
import { body } from '../../helpers/articles';
import { analyze, quoteContaining, speakerOf, speakerOfQuote } from '../../helpers/model';
import { offsetOf, slice } from '../../helpers/text';

describe('quotes', () => {
  describe('marks', () => {
    it('finds straight and curly double quotes, marks included, with their content and closing mark', () => {
      const text = body('"We are ready," Ortiz said. “We will act,” Rivera said.');
      const model = analyze(text);
      assert.deepEqual(model.quotes.map((q) => [q.text, q.style]), [['"We are ready,"', 'straight'], ['“We will act,”', 'curly']]);
      const [straight, curly] = model.quotes;
      assert.equal(slice(text, straight.content), 'We are ready,');
      assert.equal(slice(text, curly.content), 'We will act,');
      assert.equal(slice(text, curly.close), '”');
      assert.equal(straight.start, offsetOf(text, '"We'));
      assert.equal(curly.words, 3);
    });

    it('finds guillemets', () => {
      const model = analyze(body('«Nous sommes prêts», Ortiz said.'));
      assert.deepEqual(model.quotes.map((q) => [q.text, q.style]), [['«Nous sommes prêts»', 'guillemet']]);
    });

    it('keeps nested single quotes, straight or curly, inside the outer quote', () => {
      for (const [outer, inner] of [['“He told me, ‘We will win,’ and I believed him,”', '‘We will win,’'], ['"He told me, \'We will win,\' and I believed him,"', "'We will win,'"]]) {
        const text = body(`${outer} Ruiz said.`);
        const quote = quoteContaining(analyze(text), 'He told me');
        assert.equal(quote.text, outer);
        assert.deepEqual(quote.nested.map((n) => slice(text, n)), [inner]);
      }
    });
  });

  describe('two apostrophes standing for a double mark, as in archive copy', () => {
    it("reads ''…'' as one straight quotation, both apostrophes of each mark included, and finds its speaker", () => {
      const text = body("''We will not take the recovery for granted,'' said Nora Lind, a Harbour Bank governor.");
      const model = analyze(text);
      const [quote] = model.quotes;
      assert.equal(quote.text, "''We will not take the recovery for granted,''");
      assert.equal(quote.style, 'straight');
      assert.equal(slice(text, quote.content), 'We will not take the recovery for granted,');
      assert.equal(slice(text, quote.close), "''");
      assert.equal(speakerOf(model, quote)?.name, 'Nora Lind');
    });

    it("keeps a nested single quote, even when its apostrophe runs into the closing mark: 'anything.'''", () => {
      const text = body("''They never told us 'anything.''' Mr. Hale said. ''We read it in the paper.''");
      const model = analyze(text);
      assert.deepEqual(model.quotes.map((q) => q.text), ["''They never told us 'anything.'''", "''We read it in the paper.''"]);
      assert.deepEqual(model.quotes[0].nested.map((n) => slice(text, n)), ["'anything.'"]);
      assert.ok(model.quotes.every((q) => speakerOf(model, q)?.name === 'Hale'));
    });

    it('continues a quotation into the next paragraph that opens with two apostrophes', () => {
      const text = body("Lund said: ''We rebuilt the port twice.", "''This time we want guarantees.''");
      const model = analyze(text);
      assert.deepEqual(model.quotes.map((q) => [q.text, q.unclosed]), [["''We rebuilt the port twice.", false], ["''This time we want guarantees.''", false]]);
      assert.deepEqual(model.quoteMarkProblems, []);
    });

    it("reports an unclosed one by both of its apostrophes, and two standing alone or between letters as nothing at all", () => {
      const text = body("''We are ready, Ortiz said.", "The players' '' fees rose, and the ministers''don't care.");
      const model = analyze(text);
      assert.deepEqual(model.quoteMarkProblems.map((p) => [p.kind, slice(text, p)]), [['unclosed', "''"]]);
      assert.equal(model.quotes.length, 1);
    });
  });

  describe('apostrophes are not quote marks', () => {
    it('outside quotes: don\'t, ministers\', ’90s, O’Malley’s', () => {
      const text = body("The ministers' plan, which we don't like, dates from the ’90s, O’Malley’s aide said. Rock 'n' roll isn't dead, the ministers’ report said.");
      const model = analyze(text);
      assert.deepEqual(model.quotes, []);
      assert.deepEqual(model.quoteMarkProblems, []);
    });

    it('inside quotes: none of them is read as a nested quote', () => {
      const text = body('“In the ’90s, O’Malley’s team and the ministers’ aides didn’t agree,” Ruiz said. "The ministers\' view isn\'t ours," he added.');
      const model = analyze(text);
      assert.deepEqual(model.quotes.map((q) => q.text), ['“In the ’90s, O’Malley’s team and the ministers’ aides didn’t agree,”', '"The ministers\' view isn\'t ours,"']);
      assert.deepEqual(model.quotes.map((q) => q.nested), [[], []]);
    });

    it('reads inch and foot marks after a number as units, not quotes', () => {
      const model = analyze(body('He is 5\'11" tall and owns a 12" screen.'));
      assert.deepEqual(model.quotes, []);
      assert.deepEqual(model.quoteMarkProblems, []);
    });
  });

  describe('multi-paragraph quotes', () => {
    const text = body(
      'Tomás Reyes, the mayor, said: “We have rebuilt the port twice in ten years.',
      '“Each time, we were told it would be the last time.',
      '“This time we want guarantees.”',
      'The council met later.',
    );
    const model = analyze(text);

    it('reports one quote per paragraph, from its opening mark to the paragraph\'s end or the closing mark', () => {
      assert.deepEqual(model.quotes.map((q) => q.text), [
        '“We have rebuilt the port twice in ten years.',
        '“Each time, we were told it would be the last time.',
        '“This time we want guarantees.”',
      ]);
      assert.deepEqual(model.quotes.map((q) => q.close === null), [true, true, false]);
    });

    it('links each part to the one before and marks none of them unbalanced', () => {
      assert.deepEqual(model.quotes.map((q) => q.continues), [null, 0, 1]);
      assert.deepEqual(model.quotes.map((q) => q.continuedInNextParagraph), [true, true, false]);
      assert.deepEqual(model.quotes.map((q) => q.unclosed), [false, false, false]);
      assert.deepEqual(model.quoteMarkProblems, []);
    });

    it('gives every part the speaker of the first', () => {
      assert.deepEqual(model.quotes.map((q) => speakerOf(model, q)?.name), ['Tomás Reyes', 'Tomás Reyes', 'Tomás Reyes']);
    });

    it('reports every part in the extract with the same speaker', () => {
      const extract = toExtract(model, 'port.article.md');
      assert.deepEqual(extract.quotes.map((q) => q.speaker?.name), ['Tomás Reyes', 'Tomás Reyes', 'Tomás Reyes']);
    });
  });

  describe('unbalanced quotes', () => {
    it('marks a quote left open at a paragraph end, when the next paragraph does not continue it', () => {
      const text = body('“We are ready, Ortiz said.', 'The council met later.');
      const model = analyze(text);
      const [quote] = model.quotes;
      assert.equal(quote.text, '“We are ready, Ortiz said.');
      assert.equal(quote.unclosed, true);
      assert.equal(quote.close, null);
      assert.deepEqual(model.quoteMarkProblems.map((p) => [p.kind, slice(text, p)]), [['unclosed', '“']]);
      assert.equal(model.quoteMarkProblems[0].start, offsetOf(text, '“'));
    });

    it('marks a closing mark with nothing open as stray', () => {
      const text = body('He said it was over” and left.');
      const model = analyze(text);
      assert.deepEqual(model.quotes, []);
      assert.deepEqual(model.quoteMarkProblems.map((p) => [p.kind, p.start]), [['stray-close', offsetOf(text, '”')]]);
    });

    it('never pairs quote marks across paragraphs that do not continue a quote', () => {
      const text = body('He said "we are', 'ready" to act.');
      const model = analyze(text);
      for (const q of model.quotes) {
        const paragraph = model.paragraphs[q.paragraph];
        assert.ok(q.start >= paragraph.start && q.end <= paragraph.end, `${q.text} crosses a paragraph`);
      }
      assert.ok(model.quoteMarkProblems.length >= 1);
    });
  });

  describe('kinds', () => {
    it('classifies a whole attributed statement as direct', () => {
      const model = analyze(body('"We are ready to act on this today," Ortiz said.'));
      assert.equal(model.quotes[0].kind, 'direct');
    });

    it('classifies words quoted inside reported speech as a partial quote of the speaker', () => {
      const text = body('Leavitt said the president would “take a hard look” at the proposal but had made no decision.');
      const model = analyze(text);
      const quote = quoteContaining(model, 'hard look');
      assert.equal(quote.kind, 'partial');
      assert.equal(speakerOf(model, quote)?.name, 'Leavitt');
    });

    it('classifies a short unattributed phrase as a scare quote, and leaves it out of the extract', () => {
      const text = body('The so-called "peace plan" failed again on Monday.');
      const model = analyze(text);
      const quote = quoteContaining(model, 'peace plan');
      assert.equal(quote.kind, 'scare');
      assert.equal(quote.attribution, null);
      assert.equal(quote.kindReason.step, 'scare');
      assert.deepEqual(toExtract(model, 'x.article.md').quotes, []);
    });

    it('classifies a capitalised name after "the film" as a title', () => {
      const model = analyze(body('She starred in the film "The Long Night of Summer" last year.'));
      const quote = quoteContaining(model, 'Long Night');
      assert.equal(quote.kind, 'title');
      assert.equal(quote.kindReason.step, 'title');
      assert.equal(quote.attribution, null);
    });

    it('classifies what someone is the author or host of as a title, not a second part of their quote', () => {
      const model = analyze(
        body(
          '“We were lucky,” said Ana Lund, author of “The Long Harbour,” a memoir of the flood.',
          '“We were not,” Tom Hale, host of “Harbour Hour,” said.',
        ),
      );
      assert.equal(quoteContaining(model, 'Long Harbour').kind, 'title');
      assert.equal(quoteContaining(model, 'Harbour Hour').kind, 'title');
      assert.equal(speakerOfQuote(model, 'We were lucky')?.name, 'Ana Lund');
      assert.equal(speakerOfQuote(model, 'We were not')?.name, 'Tom Hale');
    });

    it('classifies a capitalised name followed by "by" and its author as a title', () => {
      const model = analyze(body('According to “The Harbour Clan: Three Generations That Built a Port,” by Gwenda Blair, Lund told his roommate that he was free.', 'The crowd chanted “Stop the Steal” by the hundreds.'));
      const work = quoteContaining(model, 'Harbour Clan');
      assert.equal(work.kind, 'title');
      assert.match(work.kindReason.detail, /by Gwenda Blair/);
      assert.notEqual(quoteContaining(model, 'Stop the Steal').kind, 'title', 'not when no name follows "by"');
    });

    it('classifies one capitalised word after "the series" or "titled" as a title, but not one after "called"', () => {
      const model = analyze(
        body(
          '“I loved every minute,” said Lena Hale, star of the series “Harbour,” on Monday.',
          'The second spot, titled “Unfit,” ran on Tuesday.',
          'Lund called Ortiz a “liar” at the rally.',
        ),
      );
      assert.equal(quoteContaining(model, 'Harbour').kind, 'title');
      assert.equal(quoteContaining(model, 'Unfit').kind, 'title');
      assert.notEqual(quoteContaining(model, 'liar').kind, 'title', 'a word someone is called is theirs, not a work');
    });

    it('classifies a quotation in a link\'s text as the name of what the link leads to, even with a subject nearby', () => {
      const model = analyze(body('The group checks every reading against the official [“Check for flooding” service](https://example.org/flooding) before it sounds the siren.'));
      const quote = quoteContaining(model, 'Check for flooding');
      assert.equal(quote.kind, 'title');
      assert.equal(quote.attribution, null);
    });

    it('still reads a whole sentence quoted inside a link as speech when it is attributed', () => {
      const model = analyze(body('[“We will rebuild the bridge,” Ortiz said](https://example.org/ortiz) on Monday.'));
      assert.equal(quoteContaining(model, 'rebuild the bridge').kind, 'direct');
    });

    it('classifies a title-case work in the middle of a sentence as a title, not as the subject\'s words', () => {
      const model = analyze(body('Rivera read "War and Peace" twice last summer.'));
      assert.equal(quoteContaining(model, 'War and Peace').kind, 'title');
    });

    it('classifies a show a person is on as a title, comma inside the marks and a source at the end of the sentence notwithstanding', () => {
      const model = analyze(body('As the host of a quiz on “The Harbour Hour,” Hale often mocked his guests, according to former staff.'));
      assert.equal(quoteContaining(model, 'The Harbour Hour').kind, 'title');
      assert.equal(quoteContaining(model, 'The Harbour Hour').attribution, null);
    });

    it('classifies a name a passive verb gives, or one someone is known as, as a title, nobody\'s words: what had been called the “Harbour Week,”', () => {
      const model = analyze(body('Members sued after the council scrapped what had been called the “Harbour Week,” saying it hurt voters.', 'The new fund will informally be dubbed the “Stop Hale Fund” by its donors.'));
      assert.equal(quoteContaining(model, 'Harbour Week').kind, 'title');
      assert.equal(quoteContaining(model, 'Harbour Week').attribution, null);
      assert.equal(quoteContaining(model, 'Stop Hale Fund').kind, 'title');
      const alias = analyze(body('Marek Varga, 44, known online as "Ghostwriter," was sentenced on Thursday.'));
      assert.equal(quoteContaining(alias, 'Ghostwriter').kind, 'title');
      assert.equal(quoteContaining(alias, 'Ghostwriter').attribution, null);
      const unit = analyze(body('The council paid the victims of the harbour police unit known as the "Night Watch," led by a captain.'));
      assert.equal(quoteContaining(unit, 'Night Watch').kind, 'title');
    });

    it('reads a nickname between a person\'s names as part of the name, nobody\'s words', () => {
      const model = analyze(body('Mary “Big Mo” Smith said “no.”', 'Gov. C.L. "Butch" Otter said the West was forgotten.'));
      for (const nickname of ['Big Mo', 'Butch']) {
        assert.equal(quoteContaining(model, nickname).kind, 'title', nickname);
        assert.equal(quoteContaining(model, nickname).kindReason.step, 'nickname', nickname);
        assert.equal(quoteContaining(model, nickname).attribution, null, nickname);
      }
      assert.equal(quoteContaining(model, 'no.').attribution?.source, model.sources.findIndex((s) => s.name === 'Mary “Big Mo” Smith'));
    });

    it('reads the words on a button, a sign or a banner as an inscription, nobody\'s words', () => {
      const model = analyze(body('Opponents wore green buttons reading “Save Our Streets,” while supporters held up plates.', 'Protesters carried banners bearing "No More Towers" down Main Street.'));
      for (const slogan of ['Save Our Streets', 'No More Towers']) {
        assert.equal(quoteContaining(model, slogan).kindReason.step, 'inscription', slogan);
        assert.equal(quoteContaining(model, slogan).attribution, null, slogan);
      }
      assert.deepEqual(model.sources, []);
    });

    it('classifies a broadcaster\'s or a paper\'s show after its possessive as a title: HRTV\'s "Harbour Morning"', () => {
      const model = analyze(body('Ruiz told HRTV\'s "Harbour Morning" on Friday that the ferry would sail.', 'Lund said on the Post\'s "Harbour Hour" that it would not.'));
      for (const show of ['Harbour Morning', 'Harbour Hour']) {
        assert.equal(quoteContaining(model, show).kind, 'title', show);
        assert.equal(quoteContaining(model, show).attribution, null, show);
      }
      assert.deepEqual(model.attributions.map((a) => slice(model.text, a.content)), ['the ferry would sail', 'it would not']);
    });

    it('keeps the words someone called a thing as theirs: what he called “Hale Family Inc.,”', () => {
      const model = analyze(body('It describes how Rask helped run what he called "Hale Family Inc.," securing favours for the family.'));
      assert.notEqual(quoteContaining(model, 'Hale Family Inc.').kind, 'title');
    });

    it('still gives the words a sign reads to the sign', () => {
      const model = analyze(body('A sign outside the hall read "Trump Must Go" on Monday.'));
      assert.notEqual(quoteContaining(model, 'Trump Must Go').kind, 'title');
    });

    it('does not take a title in single quotes for a quote', () => {
      const model = analyze(body('‘The Crown’ returns in November, Netflix said.'));
      assert.deepEqual(model.quotes, []);
    });

    it('explains every kind with a reason', () => {
      const model = analyze(body('"We are ready," Ortiz said. The "experts" disagreed. She starred in the film "The Long Night" last year.'));
      for (const q of model.quotes) assert.ok(q.kindReason.step && q.kindReason.detail, `${q.text} has no reason`);
    });
  });
});
