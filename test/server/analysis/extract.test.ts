import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { toExtract } from '../../../server/src/analysis/extract';
import { article } from '../../helpers/articles';
import { analyze } from '../../helpers/model';
import { extractSpanProblems } from '../../helpers/spans';

const TEXT = article(
  { title: 'NATO chiefs to meet', agency: 'Reuters', style: 'reuters', type: 'news', date: '2025-08-19' },
  'WASHINGTON, Aug 19 (Reuters) - NATO military leaders are expected to meet on Wednesday, U.S. officials said on Tuesday.',
  '“We are not going to negotiate through the press,” White House press secretary Karoline Leavitt told reporters. “Not now.”',
  'A U.S. official speaking on condition of anonymity said the talks had stalled because of a dispute over 1,200 troops.',
  'The so-called "peace plan" failed again on Monday.',
  'The talks resumed in Brussels. Inflation rose to 3.4% in June, the highest level since 2023.',
);
const FILE = 'stories/nato.article.md';
const extract = toExtract(analyze(TEXT), FILE);

const SPAN = ['start', 'end', 'text'];
const keys = (value: object) => Object.keys(value).sort();

function assertSpan(value: unknown, where: string): void {
  assert.ok(value && typeof value === 'object', `${where} is not an object`);
  assert.deepEqual(keys(value), [...SPAN].sort(), `${where} keys`);
  const span = value as { start: unknown; end: unknown; text: unknown };
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end) && typeof span.text === 'string', `${where} types`);
}

function assertSpeaker(value: unknown, where: string): void {
  assert.ok(value && typeof value === 'object', `${where} is not an object`);
  assert.deepEqual(keys(value), ['kind', 'mention', 'name'], `${where} keys`);
  const speaker = value as { name: unknown; kind: unknown; mention: unknown };
  assert.equal(typeof speaker.name, 'string');
  assert.ok(['person', 'organization', 'anonymous', 'publication', 'document'].includes(speaker.kind as string), `${where}.kind ${String(speaker.kind)}`);
  assertSpan(speaker.mention, `${where}.mention`);
}

describe('copydesk extract JSON', () => {
  describe('shape (the contract other tools rely on)', () => {
    it('has exactly the top-level keys, with the file as given', () => {
      assert.deepEqual(keys(extract), ['attributions', 'claims', 'dateline', 'file', 'quotes', 'speakers']);
      assert.equal(extract.file, FILE);
    });

    it('gives the dateline as a span with place, date and agency as written', () => {
      const d = extract.dateline!;
      assert.deepEqual(keys(d), ['agency', 'date', 'end', 'place', 'start', 'text']);
      assert.deepEqual({ text: d.text, place: d.place, date: d.date, agency: d.agency }, { text: 'WASHINGTON, Aug 19 (Reuters) -', place: 'WASHINGTON', date: 'Aug 19', agency: '(Reuters)' });
    });

    it('gives each quote as a span with a speaker and a cue, or null for either', () => {
      assert.ok(extract.quotes.length >= 2);
      extract.quotes.forEach((q, i) => {
        assert.deepEqual(keys(q), ['cue', 'end', 'speaker', 'start', 'text'], `quotes[${i}] keys`);
        if (q.speaker !== null) assertSpeaker(q.speaker, `quotes[${i}].speaker`);
        if (q.cue !== null) assertSpan(q.cue, `quotes[${i}].cue`);
      });
      const [first] = extract.quotes;
      assert.deepEqual(
        { text: first.text, speaker: first.speaker?.name, kind: first.speaker?.kind, cue: first.cue?.text },
        { text: '“We are not going to negotiate through the press,”', speaker: 'Karoline Leavitt', kind: 'person', cue: 'told reporters' },
      );
      assert.match(first.speaker!.mention.text, /Karoline Leavitt$/);
    });

    it('gives each speaker with name, kind, title, anonymity, mentions and a quote count', () => {
      assert.ok(extract.speakers.length >= 3);
      extract.speakers.forEach((s, i) => {
        assert.deepEqual(keys(s), ['anonymityReason', 'anonymous', 'kind', 'mentions', 'name', 'quotes', 'title'], `speakers[${i}] keys`);
        assert.equal(typeof s.name, 'string');
        assert.ok(s.title === null || typeof s.title === 'string');
        assert.equal(typeof s.anonymous, 'boolean');
        assert.equal(s.anonymous, s.kind === 'anonymous');
        assert.ok(s.anonymityReason === null || typeof s.anonymityReason === 'string');
        assert.ok(Number.isInteger(s.quotes) && s.quotes >= 0);
        s.mentions.forEach((m, j) => assertSpan(m, `speakers[${i}].mentions[${j}]`));
      });
      const leavitt = extract.speakers.find((s) => s.name === 'Karoline Leavitt')!;
      assert.equal(leavitt.quotes, 2);
      const official = extract.speakers.find((s) => s.name === 'a U.S. official')!;
      assert.deepEqual([official.kind, official.anonymous, official.anonymityReason], ['anonymous', true, null]);
    });

    it('gives each reported statement a speaker, a cue and the content', () => {
      assert.ok(extract.attributions.length >= 2);
      extract.attributions.forEach((a, i) => {
        assert.deepEqual(keys(a), ['content', 'cue', 'speaker'], `attributions[${i}] keys`);
        assertSpeaker(a.speaker, `attributions[${i}].speaker`);
        assertSpan(a.cue, `attributions[${i}].cue`);
        assertSpan(a.content, `attributions[${i}].content`);
      });
      const stalled = extract.attributions.find((a) => a.content.text.includes('stalled'))!;
      assert.equal(stalled.speaker.name, 'a U.S. official');
      assert.equal(stalled.cue.text, 'said');
    });

    it('gives each claim as a span with a numeric score and whether it is attributed', () => {
      assert.ok(extract.claims.length >= 3);
      extract.claims.forEach((c, i) => {
        assert.deepEqual(keys(c), ['attributed', 'end', 'score', 'start', 'text'], `claims[${i}] keys`);
        assert.equal(typeof c.score, 'number');
        assert.equal(typeof c.attributed, 'boolean');
      });
      const inflation = extract.claims.find((c) => c.text.startsWith('Inflation'))!;
      assert.equal(inflation.attributed, false);
    });

    it('survives a JSON round trip unchanged', () => {
      assert.deepEqual(JSON.parse(JSON.stringify(extract)), extract);
    });
  });

  describe('offsets', () => {
    it('slices the file to the reported text for every span', () => {
      assert.deepEqual(extractSpanProblems(TEXT, extract), []);
    });

    it('includes the quote marks in every quote', () => {
      for (const q of extract.quotes) assert.match(q.text, /^["“«][\s\S]*["”»]$/, q.text);
    });

    it('leaves scare quotes out of the quotes', () => {
      assert.ok(!extract.quotes.some((q) => q.text.includes('peace plan')));
    });

    it('counts UTF-16 code units, so text after an emoji still slices right', () => {
      const text = article({ title: 'T' }, 'Fans cheered 🎉🎉 loudly.', '“We won 🏆 today,” the coach said.');
      const found = toExtract(analyze(text), 'emoji.article.md');
      assert.deepEqual(extractSpanProblems(text, found), []);
      assert.equal(found.quotes[0].text, '“We won 🏆 today,”');
    });
  });

  it('gives a file with no dateline a null dateline', () => {
    assert.equal(toExtract(analyze(article({ title: 'T' }, 'No dateline here.')), 'x.md').dateline, null);
  });

  describe('the seed example (../shared/examples)', () => {
    const dir = path.resolve(__dirname, '../../../../../shared/examples');
    const articleFile = path.join(dir, 'nato-ukraine.article.md');
    const goldFile = path.join(dir, 'nato-ukraine.gold.json');

    it('finds all three quotes of nato-ukraine with the gold spans and speakers', function () {
      if (!fs.existsSync(articleFile) || !fs.existsSync(goldFile)) this.skip();
      const text = fs.readFileSync(articleFile, 'utf8');
      const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as { quotes: Array<{ start: number; end: number; text: string; speaker: string; kind: string }> };
      const found = toExtract(analyze(text), articleFile);
      assert.deepEqual(extractSpanProblems(text, found), []);
      assert.deepEqual(
        found.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, speaker: q.speaker?.name, kind: q.speaker?.kind })),
        gold.quotes,
      );
    });
  });
});
