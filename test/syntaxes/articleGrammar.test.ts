/**
 * What the article grammar (text.article.copydesk) gives the constructs an editor cares about,
 * checked on the fixtures by searching their text.
 */
import * as assert from 'node:assert/strict';
import { assertNoScope, assertScope, assertToken, tokensOf } from './scopeAssertions';
import { readFixture, tokenizeText, type TokenizedText } from './tokenize';

const QUOTE = 'string.quoted.double.copydesk';
const INNER_QUOTE = 'string.quoted.single.copydesk';
const QUOTE_MARK = 'punctuation.definition.string';
const CUE = 'keyword.other.attribution.copydesk';
const ANONYMITY = 'keyword.other.anonymity.copydesk';
const ANONYMOUS_SOURCE = 'variable.other.anonymous-source.copydesk';
const DATELINE = 'meta.dateline.copydesk';
const PLACE = 'entity.name.place.dateline.copydesk';

const article = (fixture: string): Promise<TokenizedText> => tokenizeText(readFixture(fixture));

describe('article grammar', () => {
  let reuters: TokenizedText;
  let ap: TokenizedText;
  let plain: TokenizedText;

  before(async () => {
    [reuters, ap, plain] = await Promise.all([
      article('reuters-wire.article.md'),
      article('ap-curly.article.md'),
      article('plain-edge.article.md'),
    ]);
  });

  describe('front matter', () => {
    it('is embedded YAML', () => {
      assertScope(reuters, 'title', 'meta.embedded.block.frontmatter.copydesk');
      assertScope(reuters, 'title', 'entity.name.tag.yaml');
      assertScope(reuters, 'LISBON/OSLO', 'meta.embedded.block.frontmatter.copydesk');
    });

    it('keeps YAML strings out of the quote scopes', () => {
      assertScope(reuters, 'We will not leave the islands"', 'string.quoted.double.yaml');
      assertNoScope(reuters, 'We will not leave the islands"', QUOTE);
    });

    it('ends at the closing fence', () => {
      assertToken(reuters, '---', 'punctuation.definition.frontmatter.end.copydesk', { after: 'status: needs-review\n' });
      assertNoScope(reuters, 'The port authority', 'meta.embedded');
    });
  });

  describe('dateline', () => {
    it('splits a Reuters dateline into place, date, agency and separator', () => {
      assertToken(reuters, 'LISBON/OSLO', PLACE, { after: '---\n\n' });
      assertToken(reuters, 'March 4', 'constant.other.date.dateline.copydesk');
      assertToken(reuters, 'Reuters', 'entity.name.agency.dateline.copydesk', { after: 'March 4 (' });
      assertToken(reuters, '-', 'punctuation.separator.dateline.copydesk', { after: '(Reuters) ' });
      assertScope(reuters, 'LISBON/OSLO, March 4 (Reuters) -', DATELINE, { after: '---\n\n' });
      assertNoScope(reuters, 'The port authority is weighing', DATELINE);
    });

    it('reads an AP dateline with a state after the city', () => {
      assertToken(ap, 'GRAND RAPIDS', PLACE);
      assertToken(ap, 'Mich.', 'entity.name.region.dateline.copydesk');
      assertToken(ap, 'AP', 'entity.name.agency.dateline.copydesk', { after: 'Mich. (' });
      assertToken(ap, '—', 'punctuation.separator.dateline.copydesk', { after: '(AP) ' });
    });

    it('reads a plain dateline after a directive comment', () => {
      assertToken(plain, 'BRUSSELS', PLACE);
      assertToken(plain, '—', 'punctuation.separator.dateline.copydesk', { after: 'BRUSSELS ' });
    });

    it('only opens the first paragraph', () => {
      assertNoScope(plain, 'BRUSSELS — a later paragraph', DATELINE);
    });

    it('reads an agency tag with no place', async () => {
      const doc = await article('agency-only.article.md');
      assertToken(doc, 'Reuters', 'entity.name.agency.dateline.copydesk');
      assertToken(doc, '-', 'punctuation.separator.dateline.copydesk');
      assert.ok(doc.tokens.flat().every((token) => !token.scopes.includes(PLACE)), 'no place in "(Reuters) -"');
    });

    it('is not found in a piece whose first paragraph has none', async () => {
      const doc = await article('opinion-no-dateline.article.md');
      assertScope(doc, 'Nobody rides a schedule,', QUOTE);
      assertNoScope(doc, 'OSLO —', DATELINE);
    });
  });

  describe('quotes', () => {
    it('scopes straight double quotes and their marks', () => {
      assertScope(reuters, 'We will not leave the islands without a crossing,', QUOTE);
      assertToken(reuters, '"', `${QUOTE_MARK}.begin.copydesk`, { after: 'said on Tuesday.\n\n' });
      assertToken(reuters, '"', `${QUOTE_MARK}.end.copydesk`, { after: 'without a crossing,' });
      assertNoScope(reuters, 'port authority president', QUOTE);
    });

    it('carries a quote over a soft line break', () => {
      assertScope(reuters, 'routes stay open.', QUOTE);
    });

    it('scopes a quote inside a quote', () => {
      assertScope(reuters, 'lifeline', INNER_QUOTE);
      assertScope(ap, 'the quiet thief.', INNER_QUOTE);
      assertToken(ap, '”', `${QUOTE_MARK}.end.copydesk`, { after: 'quiet thief.’' });
    });

    it('scopes curly quotes', () => {
      assertScope(ap, 'We’ve seen frost before, but not like this,', QUOTE);
      assertToken(ap, '“', `${QUOTE_MARK}.begin.copydesk`);
    });

    it("scopes a quote set in doubled apostrophes (''…''), with its nested quote and its tag", () => {
      assertScope(plain, 'We were never told', QUOTE);
      assertToken(plain, "''", `${QUOTE_MARK}.begin.copydesk`, { after: 'Council report").\n\n' });
      assertScope(plain, 'anything,', INNER_QUOTE);
      assertToken(plain, "''", `${QUOTE_MARK}.end.copydesk`, { after: "'anything,'" });
      assertToken(plain, 'said', CUE, { after: "anything,''' " });
      assertNoScope(plain, 'rota is unchanged', QUOTE);
    });

    it('leaves apostrophes alone', () => {
      for (const word of ["don't", "ministers'", "'70s"]) assertNoScope(reuters, word, 'string.quoted');
      assertNoScope(reuters, "haven't", INNER_QUOTE);
      assertNoScope(reuters, "haven't", QUOTE_MARK);
      for (const word of ['Ortega’s', 'hadn’t']) assertNoScope(ap, word, 'string.quoted');
      assertNoScope(ap, 'We’ve', INNER_QUOTE);
      assertNoScope(plain, 'mayor’s', 'string.quoted');
    });

    it('ends a quote left open at its paragraph’s end', () => {
      assertScope(plain, 'and a better budget', QUOTE);
      assertToken(plain, '"', `${QUOTE_MARK}.begin.copydesk`, { after: 'better budget\n\n' });
      assertNoScope(plain, 'Deputy Mayor Hanne Vos', QUOTE);
      assertNoScope(plain, 'BRUSSELS — a later paragraph', QUOTE);
    });

    it('does not take inch marks for quotes', () => {
      assertNoScope(plain, '12"', 'string.quoted');
    });

    it('finds quotes in list items, block quotes and emphasis', () => {
      assertScope(reuters, 'Keep the night crossing,', QUOTE);
      assertScope(ap, 'Growers should document every loss,', QUOTE);
      assertScope(ap, 'Growers should document every loss,', 'markup.quote.markdown');
      assertScope(ap, 'We are not giving up,', QUOTE);
      assertScope(ap, 'We are not giving up,', 'markup.italic.markdown');
    });

    it('ignores quote marks in code and link titles', () => {
      assertNoScope(reuters, '"priority"', QUOTE);
      assertScope(reuters, '"priority"', 'markup.inline.raw');
      assertNoScope(reuters, 'This is a code sample, not a quote,', QUOTE);
      assertScope(reuters, 'This is a code sample, not a quote,', 'markup.fenced_code.block.markdown');
      assertNoScope(plain, 'indented code is not a quote', QUOTE);
      assertNoScope(plain, '"Council report"', QUOTE);
    });
  });

  describe('attribution', () => {
    it('marks reporting verbs next to speakers and quotes', () => {
      assertToken(reuters, 'said', CUE, { after: 'two piers, officials ' });
      assertToken(reuters, 'told', CUE, { after: 'Ines Duarte ' });
      assertToken(reuters, 'added', CUE, { after: '," Duarte ' });
      assertToken(reuters, 'said', CUE, { after: 'covers the rest," she ' });
      assertToken(reuters, 'says', CUE, { after: 'the memo ' });
      assertToken(ap, 'said', CUE, { after: 'not like this,” ' });
      assertToken(ap, 'warned', CUE);
      assertToken(ap, 'wrote', CUE, { after: 'the extension office ' });
      assertToken(reuters, 'according to', CUE);
    });

    it('does not mark verbs inside quotes or code', () => {
      assertNoScope(reuters, 'said', CUE, { after: 'not months, as I ' });
      assertNoScope(reuters, 'said', CUE, { after: 'not a quote," nobody ' });
    });
  });

  describe('anonymous sourcing', () => {
    it('marks anonymous sources', () => {
      assertToken(reuters, 'A port official', ANONYMOUS_SOURCE);
      assertToken(reuters, 'Two people familiar with the matter', ANONYMOUS_SOURCE);
      assertToken(reuters, 'Sources', ANONYMOUS_SOURCE, { after: '-->\n' });
      assertToken(ap, 'A state agriculture official', ANONYMOUS_SOURCE);
      assertNoScope(reuters, 'a union statement', ANONYMOUS_SOURCE);
    });

    it('marks the phrases that grant anonymity', () => {
      assertToken(reuters, 'speaking on condition of anonymity', ANONYMITY);
      assertToken(ap, 'who asked not to be named', ANONYMITY);
      assertToken(plain, 'who declined to be identified', ANONYMITY);
    });
  });

  describe('comments', () => {
    it('scopes Copydesk directives inside HTML comments', () => {
      assertToken(reuters, 'copydesk-disable-next-line', 'keyword.control.directive.copydesk');
      assertToken(reuters, 'anonymous-source', 'constant.other.rule-id.copydesk', { after: 'disable-next-line ' });
      assertToken(reuters, '--', 'punctuation.separator.reason.copydesk', { after: 'anonymous-source ' });
      assertScope(reuters, 'identity known to the desk', 'meta.reason.copydesk');
      assertScope(reuters, 'identity known to the desk', 'comment.block');
      assertToken(reuters, '<!--', 'punctuation.definition.comment.begin.copydesk');
    });
  });

  describe('markdown', () => {
    it('keeps Markdown scopes for headings, lists, links and inline HTML', () => {
      assertScope(reuters, 'WHAT HAPPENS NEXT', 'entity.name.section.markdown');
      assertToken(reuters, '-', 'punctuation.definition.list.begin.markdown', { after: 'she said.\n\n' });
      assertScope(plain, 'https://example.org/report', 'markup.underline.link.markdown');
      assertScope(plain, 'em', 'entity.name.tag.html', { after: 'council <' });
    });

    it('gives the fixture’s prose paragraphs a paragraph scope', () => {
      const tokens = tokensOf(reuters, 'The port authority is weighing');
      assert.ok(tokens.every((token) => token.scopes.includes('meta.paragraph.copydesk')));
    });
  });
});
