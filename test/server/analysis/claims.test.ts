import * as assert from 'node:assert/strict';
import { isClaim } from '../../../server/src/analysis/claims';
import type { Claim } from '../../../server/src/analysis/model';
import { body } from '../../helpers/articles';
import { analyze, claimContaining, sourceNamed } from '../../helpers/model';

function claimOf(sentence: string): Claim {
  const model = analyze(body(sentence));
  assert.equal(model.claims.length, 1, `claims of ${sentence}: ${JSON.stringify(model.claims.map((c) => c.text))}`);
  return model.claims[0];
}

const BASE = 'The council discussed the new housing plan on Tuesday.';

describe('claims', () => {
  it('scores every sentence outside quotes, with offsets that slice to it', () => {
    const text = body('The council discussed the new housing plan on Tuesday. Members then went home early.', '"We will cut the budget by half next year," the mayor said.');
    const model = analyze(text);
    assert.deepEqual(model.claims.map((c) => c.text), ['The council discussed the new housing plan on Tuesday.', 'Members then went home early.']);
    for (const c of model.claims) assert.equal(text.slice(c.start, c.end), c.text);
  });

  it("leaves the dateline out of the lead's claim: its date is no figure", () => {
    for (const dateline of ['LISBON, Nov 30 (Reuters) - ', 'LISBON (AP) — ', 'LISBON — ']) {
      const text = body(`${dateline}The harbour master resigned on Tuesday.`);
      const model = analyze(text);
      assert.ok(model.dateline, dateline);
      assert.deepEqual(model.claims.map((c) => c.text), ['The harbour master resigned on Tuesday.'], dateline);
      assert.equal(text.slice(model.claims[0].start, model.claims[0].end), model.claims[0].text);
      assert.ok(!model.claims[0].signals.includes('number'), `${dateline}: ${model.claims[0].signals.join(', ')}`);
      assert.ok(!isClaim(model.claims[0]), dateline);
    }
  });

  it('does not score headings', () => {
    const model = analyze(body('## Inflation rose to a record 9.1% in 2022', BASE));
    assert.deepEqual(model.claims.map((c) => c.text), [BASE]);
  });

  describe('signals that raise the score', () => {
    const base = claimOf(BASE).score;
    const raising: Array<[string, string, string]> = [
      ['a number', 'The council discussed 12 housing plans on Tuesday.', 'number'],
      ['a statistic', 'The council discussed the unemployment rate on Tuesday.', 'statistic'],
      ['a superlative', 'The council discussed the largest housing plan on Tuesday.', 'comparative'],
      ['a comparative', 'The council discussed a bigger housing plan on Tuesday.', 'comparative'],
      ['a causal link', 'The council discussed the new housing plan on Tuesday because of the storm.', 'causal'],
      ['a named actor with an event verb', 'The council vetoed the new housing plan on Tuesday.', 'named-event'],
    ];
    for (const [what, sentence, signal] of raising) {
      it(what, () => {
        const claim = claimOf(sentence);
        assert.ok(claim.signals.includes(signal), `signals ${JSON.stringify(claim.signals)}`);
        assert.ok(claim.score > base, `${claim.score} is not above ${base}`);
      });
    }
  });

  describe('signals that lower the score', () => {
    const base = claimOf('The council cut 12 budget plans on Tuesday.').score;
    const lowering: Array<[string, string, string]> = [
      ['a modal', 'The council might cut 12 budget plans on Tuesday.', 'modal'],
      ['a question', 'Did the council cut 12 budget plans on Tuesday?', 'question'],
      ['an opinion marker', 'I think the council cut 12 budget plans on Tuesday.', 'opinion'],
    ];
    for (const [what, sentence, signal] of lowering) {
      it(what, () => {
        const claim = claimOf(sentence);
        assert.ok(claim.signals.includes(signal), `signals ${JSON.stringify(claim.signals)}`);
        assert.ok(claim.score < base, `${claim.score} is not below ${base}`);
      });
    }
  });

  it('does not take the month of May for a modal, but does a sentence that opens with it', () => {
    assert.ok(!claimOf('Inflation rose to 3.4% in May, the highest level since 2023.').signals.includes('modal'));
    assert.ok(claimOf('May the new rules cut prices by 20% next year?').signals.includes('modal'));
  });

  it('does not take a date for a figure: "scheduled to debate on Oct. 20"', () => {
    assert.ok(!claimOf('Marquez is scheduled to debate her on Oct. 20.').signals.includes('number'));
    assert.ok(claimOf('The plant cut 300 jobs on Oct. 20.').signals.includes('number'));
  });

  it('flags an unsourced statistic as an unattributed claim', () => {
    const claim = claimOf('Inflation rose to 3.4% in June, the highest level since 2023.');
    assert.equal(isClaim(claim), true);
    assert.equal(claim.attributed, false);
    assert.equal(claim.attribution, null);
  });

  it('takes a market price for public information, not a claim to source (Reuters)', () => {
    const price = claimOf('The shares were down 11.2% at 1015 GMT.');
    assert.ok(price.signals.includes('market-data'));
    assert.equal(isClaim(price), false);
    assert.equal(isClaim(claimOf('The crown firmed 0.3% against the euro after the decision.')), false);
    // What moved the price is still a claim.
    assert.equal(isClaim(claimOf('Shares in Harbourline fell 14% after the company cut its profit forecast for the second time.')), true);
  });

  it('takes what happened in the game for the record the reporter watched, not a claim to source', () => {
    for (const sentence of [
      'Sami Okoro made 31 saves.',
      'Ruiz had 24 points and 11 rebounds for the Harbour Hawks.',
      'The Kestrels beat the Northgate Wolves 4-3 in overtime on Saturday night.',
      'The Kestrels led 2-0 at halftime through goals from Dario Ventura and Sam Whitfield.',
      'Okoro, 19, pulled one back with a header in the 81st minute before Tomas Lindqvist leveled.',
    ]) {
      const claim = claimOf(sentence);
      assert.ok(claim.signals.includes('game-statistic'), sentence);
      assert.equal(isClaim(claim), false, sentence);
    }
    // A poll's margin and a score line with no game around it are still claims.
    assert.equal(isClaim(claimOf('Clinton leads Lund by 11 points in the latest poll.')), true);
    // "likely voters" counts people; it hedges nothing.
    assert.ok(!claimOf('Clinton leads Lund by 11 points among likely voters.').signals.includes('modal'));
    assert.ok(claimOf('Lund will likely win the seat by 11 points.').signals.includes('modal'));
    assert.equal(isClaim(claimOf('In head-to-head matchups, Ruiz beats Lund 41-40.')), true);
    // A company's quarter is no game's.
    assert.equal(isClaim(claimOf('Sales rose 14% in the third quarter to 2 billion euros.')), true);
    assert.equal(isClaim(claimOf('The PAC raised $16 million in the first half of 2015, a record.')), true);
  });

  it('does not flag a plain sentence as a claim', () => {
    assert.equal(isClaim(claimOf('The mayor walked to the town hall with her aides.')), false);
  });

  describe('attribution', () => {
    const text = body('Unemployment fell to 4.1% in June, the ministry said. It was the lowest rate in a decade. The rate had risen by 2% the year before.');
    const model = analyze(text);

    it('is attributed in the sentence that names a source', () => {
      const claim = claimContaining(model, 'Unemployment fell');
      assert.equal(claim.attributed, true);
      assert.deepEqual(claim.attribution, { source: sourceNamed(model, 'ministry').id, how: 'sentence' });
    });

    it('carries over to the next sentence', () => {
      const claim = claimContaining(model, 'lowest rate');
      assert.equal(claim.attributed, true);
      assert.deepEqual(claim.attribution, { source: sourceNamed(model, 'ministry').id, how: 'carried-over' });
    });

    it('does not carry over two sentences', () => {
      const claim = claimContaining(model, 'had risen');
      assert.equal(claim.attributed, false);
    });

    it('is attributed to a document when data or a report is cited', () => {
      const claim = claimOf('Inflation rose to 3.4% in June, Labor Department data showed on Wednesday.');
      assert.equal(claim.attributed, true);
    });

    it('is attributed when a quote in the sentence has a speaker', () => {
      const quoted = analyze(body('"The plan has failed," Ortiz said of the 12 budget cuts approved in June.'));
      for (const claim of quoted.claims) assert.equal(claim.attributed, true, claim.text);
    });
  });
});
