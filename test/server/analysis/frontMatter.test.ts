import * as assert from 'node:assert/strict';
import { article } from '../../helpers/articles';
import { analyze, quoteContaining } from '../../helpers/model';
import { offsetOf, slice } from '../../helpers/text';

const FULL = [
  'title: NATO chiefs to meet',
  'byline: [Ana Ortiz, Mark Rivera]',
  'agency: Reuters',
  'style: reuters',
  'type: news',
  'date: 2025-08-19',
  'dateline:',
  '  place: WASHINGTON/BRUSSELS',
  '  date: 2025-08-19',
  'sources:',
  '  - name: Jane Doe',
  '    title: spokeswoman for the ministry',
  '    aliases: [Doe]',
  '  - name: a U.S. official',
  '    anonymous: true',
  '    reason: not authorized to speak publicly',
  'annotations:',
  '  - quote: "It is an option"',
  '    status: disputed',
  '    note: The transcript differs',
  '    by: fact desk',
  '    link: https://example.org/transcript',
  'copydesk:',
  '  disable: [vague-source, unattributed-claim]',
  '',
].join('\n');

describe('front matter', () => {
  describe('fields', () => {
    const text = article(FULL, 'WASHINGTON/BRUSSELS, Aug 19 (Reuters) - NATO leaders met.');
    const fm = analyze(text).frontMatter!;

    it('reads every field the article format defines', () => {
      assert.equal(fm.closed, true);
      assert.deepEqual(fm.errors, []);
      const f = fm.fields;
      assert.equal(f.title, 'NATO chiefs to meet');
      assert.deepEqual(f.byline, ['Ana Ortiz', 'Mark Rivera']);
      assert.equal(f.agency, 'Reuters');
      assert.equal(f.style, 'reuters');
      assert.equal(f.type, 'news');
      assert.equal(f.date, '2025-08-19');
      assert.deepEqual(f.dateline, { place: 'WASHINGTON/BRUSSELS', date: '2025-08-19' });
      assert.deepEqual(f.disabledRules, ['vague-source', 'unattributed-claim']);
    });

    it('reads the declared sources, named and anonymous, each with its place in the file', () => {
      const [doe, official] = fm.fields.sources;
      assert.equal(doe.name, 'Jane Doe');
      assert.equal(doe.title, 'spokeswoman for the ministry');
      assert.equal(doe.anonymous, false);
      assert.deepEqual(doe.aliases, ['Doe']);
      assert.match(slice(text, doe.span)!, /^name: Jane Doe\n\s+title: spokeswoman for the ministry\n\s+aliases: \[Doe\]/);
      assert.equal(official.name, 'a U.S. official');
      assert.equal(official.anonymous, true);
      assert.equal(official.reason, 'not authorized to speak publicly');
      assert.match(slice(text, official.span)!, /^name: a U\.S\. official/);
    });

    it('reads fact-check annotations with their status, note, author and link', () => {
      const [annotation] = fm.fields.annotations;
      assert.equal(annotation.quote, 'It is an option');
      assert.equal(annotation.status, 'disputed');
      assert.equal(annotation.note, 'The transcript differs');
      assert.equal(annotation.by, 'fact desk');
      assert.equal(annotation.link, 'https://example.org/transcript');
      assert.match(slice(text, annotation.span)!, /^quote: "It is an option"/);
    });

    it('knows where each key and value stands, so an editor can underline them', () => {
      const located = (key: string) => {
        const field = fm.locations.find((l) => l.key === key);
        assert.ok(field, `no location for ${key}`);
        return { key: slice(text, field.keySpan), value: slice(text, field.valueSpan) };
      };
      assert.deepEqual(located('title'), { key: 'title', value: 'NATO chiefs to meet' });
      assert.deepEqual(located('agency'), { key: 'agency', value: 'Reuters' });
      assert.deepEqual(located('byline'), { key: 'byline', value: '[Ana Ortiz, Mark Rivera]' });
      assert.deepEqual(located('dateline.place'), { key: 'place', value: 'WASHINGTON/BRUSSELS' });
      assert.deepEqual(located('dateline.date'), { key: 'date', value: '2025-08-19' });
      assert.equal(fm.locations.find((l) => l.key === 'date')!.keySpan.start, offsetOf(text, '\ndate:') + 1);
    });

    it('spans the whole block, fences included, and starts the body after it', () => {
      const model = analyze(text);
      assert.equal(slice(text, fm.span), `---\n${FULL}---\n`);
      assert.equal(slice(text, fm.content), FULL);
      assert.equal(model.bodyStart, fm.span.end);
      assert.ok(text.slice(model.bodyStart).trimStart().startsWith('WASHINGTON/BRUSSELS, Aug 19'));
    });
  });

  it('takes a single byline string as a one-name byline', () => {
    assert.deepEqual(analyze(article({ title: 'T', byline: 'Ana Ortiz' }, 'Body.')).frontMatter!.fields.byline, ['Ana Ortiz']);
  });

  it('reads style and type whatever their case, and ignores values it does not know', () => {
    const known = analyze(article('title: T\nstyle: AP\ntype: Opinion\n', 'Body.')).frontMatter!.fields;
    assert.equal(known.style, 'ap');
    assert.equal(known.type, 'opinion');
    const unknown = analyze(article('title: T\nstyle: bbc\ntype: rumour\n', 'Body.')).frontMatter!.fields;
    assert.equal(unknown.style, null);
    assert.equal(unknown.type, null);
  });

  it('gives a timestamp date as its calendar day', () => {
    assert.equal(analyze(article('title: T\ndate: 2025-08-19T14:30:00Z\n', 'Body.')).frontMatter!.fields.date, '2025-08-19');
  });

  it('defaults an annotation with no status to unverified', () => {
    const [annotation] = analyze(article('title: T\nannotations:\n  - quote: We are ready\n', 'Body.')).frontMatter!.fields.annotations;
    assert.equal(annotation.status, 'unverified');
  });

  it('reads an empty block as no fields and no errors', () => {
    const fm = analyze('---\n---\n\nBody.\n').frontMatter!;
    assert.equal(fm.closed, true);
    assert.deepEqual(fm.errors, []);
    assert.equal(fm.fields.title, null);
    assert.deepEqual(fm.fields.sources, []);
  });

  it('survives YAML that is not a mapping', () => {
    const fm = analyze('---\n- just\n- a list\n---\n\nBody.\n').frontMatter!;
    assert.equal(fm.fields.title, null);
    assert.deepEqual(fm.locations, []);
  });

  describe('syntax errors', () => {
    it('puts a duplicate key error on the second key, the whole key', () => {
      const text = article('title: First\ntitle: Second\n', 'Body.');
      const [error] = analyze(text).frontMatter!.errors;
      assert.equal(error.code, 'DUPLICATE_KEY');
      assert.deepEqual(error.span, { start: offsetOf(text, 'title', 2), end: offsetOf(text, 'title', 2) + 'title'.length });
    });

    it('puts a duplicate key error at the second key', () => {
      const text = article('title: First\ntitle: Second\n', 'Body.');
      const errors = analyze(text).frontMatter!.errors;
      assert.equal(errors.length, 1);
      assert.equal(errors[0].code, 'DUPLICATE_KEY');
      assert.equal(errors[0].span.start, offsetOf(text, 'title', 2));
      assert.ok(errors[0].message.length > 0 && !errors[0].message.includes('\n'), 'a one-line message');
    });

    it('puts an unclosed flow sequence error on its line, inside the front matter', () => {
      const text = article('title: T\nbyline: [Ana Ortiz, Mark Rivera\ntype: news\n', 'Body.');
      const fm = analyze(text).frontMatter!;
      assert.ok(fm.errors.length >= 1);
      for (const error of fm.errors) {
        assert.ok(error.span.start >= fm.content.start && error.span.end <= fm.content.end, `${error.code} lies outside the YAML`);
        assert.ok(error.span.end > error.span.start, 'an error an editor can underline');
      }
      const first = fm.errors[0];
      const lineStart = offsetOf(text, 'byline:');
      assert.ok(first.span.start >= lineStart && first.span.start <= offsetOf(text, 'type: news'), `error at ${JSON.stringify(slice(text, first.span))} is not on the byline line`);
    });

    it('reports a badly indented key where the indentation goes wrong', () => {
      const text = article('title: T\n  agency: Reuters\n', 'Body.');
      const fm = analyze(text).frontMatter!;
      assert.ok(fm.errors.length >= 1);
      for (const error of fm.errors) {
        assert.ok(error.span.start >= offsetOf(text, 'title') && error.span.end <= offsetOf(text, 'Reuters') + 'Reuters'.length, `${error.code} at ${JSON.stringify(slice(text, error.span))}`);
      }
    });

    it('keeps error spans inside the YAML when the error is at its very end', () => {
      const text = article('title: "never closed\n', 'Body.');
      const fm = analyze(text).frontMatter!;
      assert.ok(fm.errors.length >= 1);
      for (const error of fm.errors) assert.ok(error.span.start >= fm.content.start && error.span.end <= fm.content.end && error.span.end > error.span.start);
    });
  });

  describe('fences', () => {
    it('reports front matter never closed at its opening fence, and still reads the body after the first blank line', () => {
      const text = '---\ntitle: Unclosed\nbyline: Ana Ortiz\n\n"We are ready," Ortiz said.\n';
      const model = analyze(text);
      const fm = model.frontMatter!;
      assert.equal(fm.closed, false);
      assert.deepEqual(
        fm.errors.map((e) => ({ code: e.code, at: slice(text, e.span) })),
        [{ code: 'UNCLOSED', at: '---' }],
      );
      assert.equal(fm.errors[0].span.start, 0);
      assert.equal(fm.fields.title, 'Unclosed');
      assert.equal(quoteContaining(model, 'We are ready').text, '"We are ready,"');
    });

    it('takes a file with no opening fence as all body', () => {
      const model = analyze('"We are ready," Ortiz said.\n\n---\n\nMore.\n');
      assert.equal(model.frontMatter, null);
      assert.equal(model.bodyStart, 0);
      assert.equal(model.paragraphs.length, 2);
    });

    it('does not take a fence further down the file as front matter', () => {
      const model = analyze('\n---\ntitle: Not front matter\n---\n\nBody.\n');
      assert.equal(model.frontMatter, null);
    });

    it('reads front matter after a byte-order mark, with offsets that count the mark', () => {
      const text = '\uFEFF---\ntitle: With a BOM\n---\n\nBody text.\n';
      const fm = analyze(text).frontMatter!;
      assert.equal(fm.fields.title, 'With a BOM');
      assert.equal(slice(text, fm.span), '---\ntitle: With a BOM\n---\n');
      const title = fm.locations.find((l) => l.key === 'title')!;
      assert.equal(slice(text, title.valueSpan), 'With a BOM');
    });

    it('reads CRLF front matter without carriage returns in the values', () => {
      const text = '---\r\ntitle: Windows line ends\r\nbyline: [Ana Ortiz]\r\n---\r\n\r\n"We are ready," Ortiz said.\r\n';
      const model = analyze(text);
      const fm = model.frontMatter!;
      assert.equal(fm.closed, true);
      assert.equal(fm.fields.title, 'Windows line ends');
      assert.deepEqual(fm.fields.byline, ['Ana Ortiz']);
      assert.equal(slice(text, fm.locations.find((l) => l.key === 'title')!.valueSpan), 'Windows line ends');
      assert.equal(text.slice(model.bodyStart).trimStart().slice(0, 1), '"');
      assert.equal(quoteContaining(model, 'ready').text, '"We are ready,"');
    });

    it('ends CRLF front matter never closed after its last line break, so no carriage return joins the last value', () => {
      const text = '---\r\ntitle: Unclosed\r\ndateline:\r\n  place: LISBON\r\n\r\nPORTO — The port reopened on Monday.\r\n';
      const model = analyze(text);
      const fm = model.frontMatter!;
      assert.equal(fm.closed, false);
      assert.equal(fm.fields.dateline?.place, 'LISBON');
      assert.equal(slice(text, fm.locations.find((l) => l.key === 'dateline.place')!.valueSpan), 'LISBON');
      const [mismatch] = model.datelineMismatches;
      assert.equal(slice(text, mismatch.frontMatter), 'LISBON', 'the mismatch points at the value alone');
    });

    it('marks a YAML error at a CRLF line\'s end over the whole line break, never inside it', () => {
      const text = '---\r\ntitle: "Unclosed\r\nbyline: [Ana Ortiz]\r\n---\r\n\r\nBody.\r\n';
      const [error] = analyze(text).frontMatter!.errors;
      assert.equal(error.code, 'MISSING_CHAR');
      assert.equal(slice(text, error.span), '\r\n');
    });

    it('takes a lone opening fence as unclosed, empty front matter', () => {
      for (const text of ['---', '---\n']) {
        const fm = analyze(text).frontMatter!;
        assert.equal(fm.closed, false, JSON.stringify(text));
        assert.deepEqual(fm.errors.map((e) => e.code), ['UNCLOSED']);
      }
    });
  });
});
