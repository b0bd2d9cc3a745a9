import * as assert from 'node:assert/strict';
import type { ArticleModel, DatelineStyle } from '../../../server/src/analysis/model';
import { article } from '../../helpers/articles';
import { analyze } from '../../helpers/model';
import { slice } from '../../helpers/text';

function withStyle(style: DatelineStyle, first: string, extra: Record<string, unknown> = {}): ArticleModel {
  return analyze(article({ title: 'T', style, ...extra }, `${first} NATO leaders met on Wednesday.`, 'Second paragraph.'));
}

/** The dateline's parts as text, for one assertion. */
function parts(model: ArticleModel) {
  const d = model.dateline;
  assert.ok(d, `no dateline; absence: ${JSON.stringify(model.datelineAbsence)}`);
  for (const part of [d, d.place, d.date, d.agency, d.separator]) if (part) assert.equal(slice(model.text, part), part.text);
  return { text: d.text, place: d.place?.text ?? null, date: d.date?.text ?? null, agency: d.agency?.text ?? null, separator: d.separator?.text ?? null, form: d.form };
}

/** Each problem as `code: the text it underlines`. */
function problems(model: ArticleModel): string[] {
  return (model.dateline?.problems ?? []).map((p) => `${p.code}: ${slice(model.text, p.span)}`);
}

describe('dateline', () => {
  describe('reuters', () => {
    it('parses place, date, agency and separator', () => {
      const model = withStyle('reuters', 'WASHINGTON, Aug 19 (Reuters) -');
      assert.deepEqual(parts(model), { text: 'WASHINGTON, Aug 19 (Reuters) -', place: 'WASHINGTON', date: 'Aug 19', agency: '(Reuters)', separator: '-', form: 'reuters' });
      assert.deepEqual(problems(model), []);
    });

    it('parses several places joined by a slash', () => {
      const model = withStyle('reuters', 'WASHINGTON/BRUSSELS, Aug 19 (Reuters) -');
      assert.equal(parts(model).place, 'WASHINGTON/BRUSSELS');
      assert.deepEqual(problems(model), []);
    });

    it('gives the date a year from the front matter', () => {
      const model = withStyle('reuters', 'LONDON, March 3 (Reuters) -', { date: '2025-03-03' });
      assert.equal(model.dateline?.date?.iso, '2025-03-03');
    });

    it('wants a month without a period', () => {
      const model = withStyle('reuters', 'WASHINGTON, Aug. 19 (Reuters) -');
      assert.deepEqual(problems(model), ['date-form: Aug. 19']);
      assert.equal(model.dateline!.problems[0].expected, 'Aug 19');
    });

    it('wants a date, the agency and a hyphen', () => {
      const model = withStyle('reuters', 'WASHINGTON (AP) —');
      assert.deepEqual(problems(model).map((p) => p.split(':')[0]).sort(), ['missing-date', 'wrong-agency', 'wrong-separator']);
      assert.deepEqual(problems(withStyle('reuters', 'WASHINGTON, Aug 19 -')).map((p) => p.split(':')[0]), ['missing-agency']);
    });

    it('reports a body opening with only "(Reuters) -" as a missing dateline', () => {
      for (const opening of ['(Reuters) -', '(Reuters) -NATO']) {
        const text = article({ title: 'T', style: 'reuters' }, `${opening} military leaders are expected to meet.`);
        const model = analyze(text);
        assert.equal(model.dateline, null, opening);
        assert.ok(model.datelineAbsence, opening);
        assert.equal(slice(text, model.datelineAbsence.span), '(Reuters) -');
        assert.match(model.datelineAbsence.reason, /place/);
      }
    });
  });

  describe('ap', () => {
    it('parses a stand-alone city', () => {
      for (const city of ['WASHINGTON', 'PARIS']) {
        const model = withStyle('ap', `${city} (AP) —`);
        assert.deepEqual(parts(model), { text: `${city} (AP) —`, place: city, date: null, agency: '(AP)', separator: '—', form: 'ap' });
        assert.deepEqual(problems(model), []);
      }
    });

    it('parses a city with its state or country', () => {
      assert.deepEqual(problems(withStyle('ap', 'SPRINGFIELD, Ill. (AP) —')), []);
      const kyiv = withStyle('ap', 'KYIV, Ukraine (AP) —');
      assert.equal(parts(kyiv).place, 'KYIV, Ukraine');
      assert.deepEqual(problems(kyiv), []);
    });

    it('wants the state or country for a city not on the stand-alone list', () => {
      assert.deepEqual(problems(withStyle('ap', 'SPRINGFIELD (AP) —')), ['missing-state: SPRINGFIELD']);
      assert.deepEqual(problems(withStyle('ap', 'BOGOTA (AP) —')), ['missing-state: BOGOTA']);
    });

    it('wants the place in capitals', () => {
      const model = withStyle('ap', 'Washington (AP) —');
      assert.deepEqual(problems(model), ['place-not-capitals: Washington']);
      assert.equal(model.dateline!.problems[0].expected, 'WASHINGTON');
    });

    it('wants no date', () => {
      assert.deepEqual(problems(withStyle('ap', 'WASHINGTON, Aug 19 (AP) —')), ['unexpected-date: Aug 19']);
    });
  });

  describe('plain', () => {
    it('parses a place and an em dash', () => {
      const model = withStyle('plain', 'BRUSSELS —');
      assert.deepEqual(parts(model), { text: 'BRUSSELS —', place: 'BRUSSELS', date: null, agency: null, separator: '—', form: 'plain' });
      assert.deepEqual(problems(model), []);
    });

    it('wants an em dash, not a hyphen', () => {
      const model = withStyle('plain', 'BRUSSELS -');
      assert.deepEqual(problems(model), ['wrong-separator: -']);
      assert.equal(model.dateline!.problems[0].expected, '—');
    });
  });

  it('finds no dateline in a body that opens with prose', () => {
    const model = withStyle('plain', 'The');
    assert.equal(model.dateline, null);
    assert.equal(model.datelineAbsence, null);
  });

  it('reads the dateline from the first paragraph, after a heading', () => {
    const model = analyze(article({ title: 'T', style: 'plain' }, '# Headline', 'BRUSSELS — NATO leaders met.'));
    assert.equal(model.dateline?.place?.text, 'BRUSSELS');
  });

  describe('front matter', () => {
    it('reports a dateline date two days from the article date', () => {
      const model = withStyle('reuters', 'LONDON, March 3 (Reuters) -', { date: '2025-03-05' });
      assert.deepEqual(model.datelineMismatches.map((m) => [m.field, m.body.text, m.frontMatter.text]), [['date', 'March 3', '2025-03-05']]);
      assert.equal(slice(model.text, model.datelineMismatches[0].frontMatter), '2025-03-05');
    });

    it('allows the article date a day either side of the dateline (time zones)', () => {
      assert.deepEqual(withStyle('reuters', 'LONDON, March 3 (Reuters) -', { date: '2025-03-04' }).datelineMismatches, []);
    });

    it('reports a dateline that disagrees with the front matter dateline', () => {
      const place = withStyle('reuters', 'LONDON, March 3 (Reuters) -', { dateline: { place: 'PARIS', date: '2025-03-03' } });
      assert.deepEqual(place.datelineMismatches.map((m) => [m.field, m.body.text, m.frontMatter.text]), [['place', 'LONDON', 'PARIS']]);
      assert.equal(slice(place.text, place.datelineMismatches[0].frontMatter), 'PARIS');
      const date = withStyle('reuters', 'LONDON, March 3 (Reuters) -', { dateline: { place: 'LONDON', date: '2025-03-04' } });
      assert.deepEqual(date.datelineMismatches.map((m) => [m.field, m.body.text, m.frontMatter.text]), [['date', 'March 3', '2025-03-04']]);
    });

    it('points a mismatch at a quoted front-matter value inside its quotation marks, as written', () => {
      const text = '---\ntitle: T\nstyle: reuters\ndate: "2025-03-05"\ndateline:\n  place: \'PARIS\'\n---\n\nLONDON, March 3 (Reuters) - Talks resumed.\n';
      const model = analyze(text);
      assert.deepEqual(
        model.datelineMismatches.map((m) => [m.field, m.frontMatter.text, slice(text, m.frontMatter)]),
        [['place', 'PARIS', 'PARIS'], ['date', '2025-03-05', '2025-03-05']],
      );
    });

    it('compares places whatever their case and spacing around the slash', () => {
      assert.deepEqual(withStyle('reuters', 'WASHINGTON/BRUSSELS, Aug 19 (Reuters) -', { dateline: { place: 'Washington / Brussels' } }).datelineMismatches, []);
    });
  });

  describe('style in force', () => {
    it('takes the front matter style, else the caller\'s, else what the agency implies', () => {
      assert.equal(analyze(article({ title: 'T', style: 'ap', agency: 'Reuters' }, 'Body.')).style, 'ap');
      assert.equal(analyze(article({ title: 'T' }, 'Body.'), { style: 'ap' }).style, 'ap');
      assert.equal(analyze(article({ title: 'T', agency: 'Reuters' }, 'Body.')).style, 'reuters');
      assert.equal(analyze(article({ title: 'T', agency: 'The Associated Press' }, 'Body.')).style, 'ap');
      assert.equal(analyze(article({ title: 'T' }, 'Body.')).style, 'plain');
    });
  });
});
