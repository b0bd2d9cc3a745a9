import * as assert from 'node:assert/strict';
import type { ArticleModel, Cue } from '../../../server/src/analysis/model';
import { body } from '../../helpers/articles';
import { analyze } from '../../helpers/model';

/** Every cue the model reports, on quotes and on reported speech, in text order. */
function cues(model: ArticleModel): Cue[] {
  const all = [...model.quotes.flatMap((q) => (q.attribution?.cue ? [q.attribution.cue] : [])), ...model.attributions.map((a) => a.cue)];
  const unique = new Map(all.map((c) => [`${c.start}:${c.end}`, c]));
  return [...unique.values()].sort((a, b) => a.start - b.start);
}

function cuesIn(sentence: string): Array<Pick<Cue, 'text' | 'lemma' | 'loaded'>> {
  const model = analyze(body(sentence));
  for (const cue of cues(model)) assert.equal(model.text.slice(cue.start, cue.end), cue.text);
  return cues(model).map(({ text, lemma, loaded }) => ({ text, lemma, loaded }));
}

describe('attribution cues', () => {
  describe('verbs and phrases', () => {
    const cases: Array<[sentence: string, text: string, lemma: string]> = [
      ['"We are ready," Ortiz said.', 'said', 'say'],
      ['"We are ready," Ortiz says.', 'says', 'say'],
      ['"We are ready," Ortiz added.', 'added', 'add'],
      ['"We are ready," Leavitt told reporters.', 'told reporters', 'tell'],
      ['"We are ready," Ortiz told The Associated Press.', 'told The Associated Press', 'tell'],
      ['Okafor told the jury she raised the concern in an email.', 'told the jury', 'tell'],
      ['Okafor told investigators they were unaware of it.', 'told investigators', 'tell'],
      ['"We are ready," the ministry said in a statement.', 'said in a statement', 'say'],
      ['"We are ready," Ortiz said at a news conference.', 'said at a news conference', 'say'],
      ['"We are ready," Dragone wrote on X, and then left.', 'wrote on X', 'write'],
      ['Trump wrote on Truth Social that the tariffs were working.', 'wrote on Truth Social', 'write'],
      ['Ortiz tweeted that the plan had failed.', 'tweeted', 'tweet'],
      ['Two soldiers were wounded, according to the Pentagon.', 'according to', 'according to'],
      ['Deputies may not vote "to remove a chair," per the club’s bylaws.', 'per', 'according to'],
      ['Officials pointed out that the meeting was unusual.', 'pointed out', 'point out'],
      ['A review put the project’s estimated cost at 3.1 billion euros.', 'put', 'put at'],
    ];
    for (const [sentence, text, lemma] of cases) {
      it(`finds "${text}" in: ${sentence}`, () => {
        assert.deepEqual(cuesIn(sentence).map((c) => [c.text, c.lemma]), [[text, lemma]]);
      });
    }
  });

  it('reads no verb in "think tank"', () => {
    assert.deepEqual(cuesIn('Lind, a scholar at the liberal-leaning think tank HPI, spoke first.'), []);
  });

  it('reads "per" as "according to" only before a source: not "per cent", "per capita" or "$5 per share"', () => {
    assert.deepEqual(cuesIn('Prices rose 4 per cent, or $5 per share, and income per capita fell.'), []);
    assert.deepEqual(cuesIn('Turnout was "a record," per CNN.').map((c) => c.text), ['per']);
  });

  it('reads a reporting verb\'s form after an article or a possessive as its noun', () => {
    assert.deepEqual(cuesIn('The recount, required by state law, changed the totals. Their fear is a ruling, and a say in it.'), []);
    // And after a verb that takes it for its object.
    assert.deepEqual(cuesIn('Darnell Whitaker faces charges of first-degree arson. The county filed reports on it. He would face espionage charges.'), []);
    assert.deepEqual(cuesIn('The company expects to record charges of $85 million.'), []);
  });

  it('reads no cue in pictures posted, but one in words posted', () => {
    assert.deepEqual(cuesIn('He posted photographs showing the smoke. She posted a video of the fire. The team observed the planet.'), []);
    assert.deepEqual(cuesIn('She posted on Facebook that the fire was out.').map((c) => c.text), ['posted on Facebook']);
  });

  it('reads no cue in goals conceded, nor in a gerund a preposition ends the sentence on', () => {
    assert.deepEqual(cuesIn('The Peaks conceded twice late on. Harbour conceded three goals. Hartley paused before answering.'), []);
    assert.deepEqual(cuesIn('Ruiz conceded the race. Hale stirred tempers by saying, "Vandals did it."').map((c) => c.text), ['conceded', 'saying']);
  });

  it('reads what people are briefed on as their access, and ends a channel at a verb: "Two people briefed on the talks said …"', () => {
    assert.deepEqual(cuesIn('Two people briefed on the talks said a meeting of the ministers was unlikely.').map((c) => c.text), ['said']);
    assert.deepEqual(cuesIn('The minister briefed reporters that the talks had stalled.').map((c) => c.text), ['briefed reporters']);
  });

  it('reads no cue in votes or victories claimed, nor in adding to a lead', () => {
    assert.deepEqual(cuesIn('Tenney won, claiming 41 percent of the vote. Ruiz claimed victory. Lund claimed the title.'), []);
    assert.deepEqual(cuesIn('Ruiz won Tennessee, adding to her delegate lead.'), []);
    // Claims in words still report, and so do words added to reporters.
    assert.deepEqual(cuesIn('Ruiz claimed the vote was rigged. "We stay," he added to reporters.').map((c) => c.text), ['claimed', 'added']);
  });

  it('reads a participle after a statement or a video as what it is, not what it did', () => {
    // No words are reported, so no cue ties any to a speaker.
    assert.deepEqual(cuesIn('Dale Brandt conceded in a short statement posted on Facebook.'), []);
    assert.deepEqual(cuesIn('He cited a video posted by the campaign: "We win."').map((c) => c.text), []);
    assert.deepEqual(cuesIn('"Influence peddling," The Washington Post reported in 1991.').map((c) => c.text), ['reported']);
  });

  it('stops a channel cue before the sentence\'s period', () => {
    assert.deepEqual(cuesIn('"Looking forward to the update," Dragone said on X.').map((c) => c.text), ['said on X']);
  });

  it('leaves the time of day out of the cue', () => {
    assert.deepEqual(cuesIn('"We are ready," Leavitt told reporters on Tuesday.').map((c) => c.text), ['told reporters']);
    assert.deepEqual(cuesIn('Dana Lee said on Monday that she was tired.').map((c) => c.text), ['said']);
  });

  describe('loaded verbs', () => {
    it('marks verbs that carry a judgement as loaded', () => {
      const cases = [
        ['"It was a mistake," Ortiz claimed.', 'claimed', 'claim'],
        ['Ortiz admitted that the plan had failed.', 'admitted', 'admit'],
        ['Ortiz insisted the plan would work.', 'insisted', 'insist'],
      ];
      for (const [sentence, text, lemma] of cases) assert.deepEqual(cuesIn(sentence), [{ text, lemma, loaded: true }], sentence);
    });

    it('does not mark said, told or added as loaded', () => {
      assert.deepEqual(cuesIn('"We are ready," Ortiz said. "We are," she added.').map((c) => c.loaded), [false, false]);
    });
  });

  describe('words that are not cues', () => {
    const notCues = [
      'The point is that nobody came to the meeting.',
      'His comments drew criticism from the council members.',
      'Ortiz declined to say whether the plan had failed.',
      'Ortiz was told the plan had failed.',
      'Prices continued to grow through the year.',
      'Fighters of the Islamic State fled the region on Monday.',
      'The project’s estimated cost rose to 3.1 billion euros.',
      'The cabinet should think again before June 30.',
      'Prices fell, according to the price reporting service SteelIndex Europe.'.replace('according to ', 'in '),
      'His stated aim was a balanced budget by 2027.',
      'Harbour state television aired the talks on Monday.',
      'The story included direct quotes from Ortiz and the mayor.',
      'The new levy was announced on Monday, and it takes effect in May.',
    ];
    for (const sentence of notCues) {
      it(`finds no cue in: ${sentence}`, () => {
        assert.deepEqual(cuesIn(sentence), []);
      });
    }

    it('does not take a noun after a quotation and a determiner for the cue: "a Donald Trump tweet"', () => {
      assert.deepEqual(cuesIn('Ana Ortiz is describing as "unhinged" a Lena Park tweet about the port.').map((c) => c.text), ['describing']);
    });

    it('does not take an -ing word that names a kind of thing for the cue: "a creative writing professor"', () => {
      assert.deepEqual(cuesIn('"We are ready," Sexton, a creative writing professor, said.').map((c) => c.text), ['said']);
    });

    it('does not take an -ing word before a noun and a name for the cue: "the price reporting service SteelIndex"', () => {
      assert.deepEqual(cuesIn('Prices fell 12%, according to figures from the price reporting service SteelIndex Europe.').map((c) => c.text), ['according to']);
    });

    it('does not take a sentence-opening "Asked" for the cue', () => {
      assert.deepEqual(cuesIn('Asked about the plan, Ortiz said it had failed.').map((c) => c.text), ['said']);
    });

    it('does not read a no-comment line as reported speech', () => {
      assert.deepEqual(cuesIn('The senator’s office did not immediately respond to a request for comment.'), []);
    });

    it('never finds a cue inside a quotation', () => {
      const model = analyze(body('"He said it, she told me, and they added more," Ortiz said.'));
      assert.deepEqual(cues(model).map((c) => c.text), ['said']);
      assert.ok(cues(model)[0].start > model.quotes[0].end);
    });
  });
});
