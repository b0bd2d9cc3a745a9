import * as assert from 'node:assert/strict';
import type { GoldArticle, GoldQuote } from '../../../scripts/eval/corpus';
import { evaluate, matchSpans, namesAgree, overlap } from '../../../scripts/eval/score';

/** A one-article corpus whose quotations are annotated with the sources named (kind, source text). */
function corpusOf(text: string, annotations: Array<{ quote: string; source: string; kind: string }>): GoldArticle[] {
  const quotes: GoldQuote[] = annotations.map(({ quote, source, kind }) => {
    const inner = text.indexOf(quote);
    const start = text.lastIndexOf('“', inner);
    const end = text.indexOf('”', inner) + 1;
    const at = text.indexOf(source);
    return { start, end, text: text.slice(start, end), closed: true, speaker: source, speakerSpans: [{ start: at, end: at + source.length }], speakerKind: kind, resolvedSpeaker: null };
  });
  return [{ name: 'relayed', text, quotes, otherQuotedSpans: [], attributions: [] }];
}

describe('eval scoring', () => {
  it('measures overlap against the longer span', () => {
    assert.equal(overlap({ start: 0, end: 10 }, { start: 0, end: 10 }), 1);
    assert.equal(overlap({ start: 0, end: 10 }, { start: 5, end: 10 }), 0.5);
    assert.equal(overlap({ start: 0, end: 10 }, { start: 10, end: 20 }), 0);
  });

  it('matches spans one to one, best overlap first', () => {
    const gold = [{ start: 0, end: 10 }, { start: 20, end: 30 }];
    const predicted = [{ start: 1, end: 10 }, { start: 0, end: 9 }, { start: 40, end: 50 }];
    const matched = matchSpans(gold, predicted, 0.5);
    assert.equal(matched.size, 1);
    assert.ok(matched.has(0));
  });

  it('lets a surname agree with the full name, but not another person', () => {
    assert.ok(namesAgree('Morris', 'Haley Morris'));
    assert.ok(namesAgree('Spokeswoman Haley Morris', 'Haley Morris'));
    assert.ok(!namesAgree('Bill Clinton', 'Donald Trump'));
    assert.ok(!namesAgree(null, 'Donald Trump'));
    assert.ok(namesAgree('The candidate', 'the candidate'), 'the same words, though all are title words');
    assert.ok(!namesAgree('The candidate', 'the senator'));
  });

  it('credits a relayed quotation to the source the article names for it, as the corpus does, and reports the speaker alone beside it', () => {
    const text = 'Ana Ortiz met the union.\n\n“We will not leave,” Ortiz said, according to the Harbour Gazette.\n\n“We are ready,” Ortiz said.\n';
    const report = evaluate(
      corpusOf(text, [
        { quote: 'not leave', source: 'Harbour Gazette', kind: 'organization' },
        { quote: 'are ready', source: 'Ortiz', kind: 'person' },
      ]),
    );
    const kind = (name: string) => report.speakerByKind.find((k) => k.kind === name)!;
    assert.deepEqual([kind('organization').correct, kind('organization').speakerOnly, kind('organization').total], [1, 0, 1]);
    assert.deepEqual([kind('person').correct, kind('person').speakerOnly], [1, 1]);
    assert.equal(report.relayed, 1);
    assert.equal(report.speakerAccuracy, 1);
    assert.equal(report.speakerOnlyAccuracy, 0.5);
  });

  it('scores the attributions of one content to two subjects as the one relation the corpus annotates', () => {
    const text = 'Ana Ruiz and Tom Lund said the strike would close schools.\n';
    const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
    const attribution = {
      source: { text: 'Ana Ruiz and Tom Lund', spans: [span('Ana Ruiz and Tom Lund')] },
      cue: { text: 'said', spans: [span('said')] },
      content: { text: 'the strike would close schools', spans: [span('the strike would close schools')] },
      hasQuoteMarks: false,
      speakerKind: 'person',
      noSource: false,
    };
    const report = evaluate([{ name: 'joint', text, quotes: [], otherQuotedSpans: [], attributions: [attribution] }]);
    const atHalf = report.reportedSpeech.find((s) => s.threshold === 0.5)!;
    assert.deepEqual([atHalf.precision, atHalf.recall], [1, 1], 'one relation predicted, not two');
    assert.equal(report.reportedSpeakerAccuracy, 1);
  });
});
