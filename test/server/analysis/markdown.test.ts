import * as assert from 'node:assert/strict';
import type { ArticleModel, Span } from '../../../server/src/analysis/model';
import { article, body } from '../../helpers/articles';
import { analyze, quoteContaining, sentenceTexts } from '../../helpers/model';
import { offsetOf, slice } from '../../helpers/text';

/** Nothing the analysis reads as prose may start inside `span`. */
function assertNotProse(model: ArticleModel, span: Span, what: string): void {
  const inside = (s: Span) => s.start < span.end && s.end > span.start;
  assert.deepEqual(model.quotes.filter(inside).map((q) => q.text), [], `quotes inside ${what}`);
  assert.deepEqual(model.sentences.filter((s) => s.start >= span.start && s.start < span.end).map((s) => slice(model.text, s)), [], `sentences starting inside ${what}`);
  assert.deepEqual(model.claims.filter((c) => c.start >= span.start && c.start < span.end).map((c) => c.text), [], `claims inside ${what}`);
  assert.deepEqual(model.sources.flatMap((s) => s.mentions).filter(inside).map((m) => m.text), [], `source mentions inside ${what}`);
  assert.deepEqual(model.attributions.filter((a) => inside(a.cue)).map((a) => a.cue.text), [], `cues inside ${what}`);
}

describe('Markdown structure', () => {
  describe('code is never prose', () => {
    it('ignores quotes, sentences and claims in a fenced code block', () => {
      const code = '```js\nconst quote = "We will cut 1,200 jobs," the CEO said.;\n// "Another 5 million," officials said.\n```';
      const text = body('Intro paragraph.', code, '"After the code," she said.');
      const model = analyze(text);
      const block = model.blocks.find((b) => b.kind === 'code')!;
      assert.equal(slice(text, block), code);
      assertNotProse(model, block, 'the code block');
      assert.equal(quoteContaining(model, 'After the code').text, '"After the code,"');
    });

    it('ignores a tilde fence and an indented code block', () => {
      const tilde = '~~~\n"Quoted in code," he said. The budget rose 40% in 2024.\n~~~';
      const indented = '    "Indented code," she said. Inflation hit a record 9%.';
      const text = body('Intro paragraph.', tilde, indented, 'The end.');
      const model = analyze(text);
      assertNotProse(model, { start: offsetOf(text, '~~~'), end: offsetOf(text, '~~~', 2) + 3 }, 'the tilde fence');
      assertNotProse(model, { start: offsetOf(text, '    "Indented'), end: offsetOf(text, 'record 9%.') + 10 }, 'the indented code');
      assert.deepEqual(model.blocks.map((b) => b.kind), ['paragraph', 'code', 'code', 'paragraph']);
    });

    it('treats a fence never closed as code to the end of the file', () => {
      const text = body('Intro paragraph.', '```\n"Still code," she said.', '"Also code," he said.');
      const model = analyze(text);
      assertNotProse(model, { start: offsetOf(text, '```'), end: text.length }, 'the unclosed fence');
    });

    it('ignores quote marks inside inline code, and keeps the sentence around it', () => {
      const text = body('Run `say "hello" --loud` to start, the manual says.');
      const model = analyze(text);
      assert.deepEqual(model.quotes, []);
      assert.deepEqual(model.inline.filter((i) => i.kind === 'code').map((i) => slice(text, i)), ['`say "hello" --loud`']);
      assert.deepEqual(sentenceTexts(model), ['Run `say "hello" --loud` to start, the manual says.']);
    });

    it('reads a quote next to inline code', () => {
      const text = body('"Use `npm ci` first," the engineer said.');
      assert.equal(quoteContaining(analyze(text), 'Use').text, '"Use `npm ci` first,"');
    });
  });

  describe('HTML comments', () => {
    it('keeps a disable directive in model.comments with its body, and never reads it as prose', () => {
      const directive = '<!-- copydesk-disable-next-line unattributed-quote -- checked with the desk -->';
      const text = body('Intro paragraph.', `${directive}\n"Floating words," she said.`);
      const model = analyze(text);
      const comment = model.comments.find((c) => c.body.startsWith('copydesk-disable-next-line'))!;
      assert.equal(slice(text, comment), directive);
      assert.equal(comment.body, 'copydesk-disable-next-line unattributed-quote -- checked with the desk');
      assertNotProse(model, comment, 'the directive');
      assert.equal(quoteContaining(model, 'Floating words').text, '"Floating words,"');
    });

    it('hides an inline comment and a multi-line comment from the prose', () => {
      const inline = '<!-- "hidden quote," he said -->';
      const multi = '<!--\n"Hidden," she said.\nRevenue doubled to $5 billion.\n-->';
      const text = body(`The council met ${inline} on Monday.`, multi, 'After.');
      const model = analyze(text);
      assert.deepEqual(model.comments.map((c) => slice(text, c)), [inline, multi]);
      assert.deepEqual(model.comments.map((c) => c.body), ['"hidden quote," he said', '"Hidden," she said.\nRevenue doubled to $5 billion.']);
      assertNotProse(model, model.comments[0], 'the inline comment');
      assertNotProse(model, model.comments[1], 'the multi-line comment');
      assert.deepEqual(model.inline.filter((i) => i.kind === 'comment').map((i) => slice(text, i)), [inline]);
    });
  });

  describe('links and HTML', () => {
    it('never reads a link destination or its title as prose, but reads the link text', () => {
      const text = body('The "plan," she said, is [described here](https://example.com/a"b "The \\"title\\"") in full.');
      const model = analyze(text);
      const destination = model.inline.find((i) => i.kind === 'linkDestination')!;
      assert.equal(slice(text, destination), '(https://example.com/a"b "The \\"title\\"")');
      assert.deepEqual(model.quotes.map((q) => q.text), ['"plan,"']);
      assertNotProse(model, destination, 'the link destination');
    });

    it('reads a quote inside link text', () => {
      const text = body('She called it [a "historic day"](https://example.com) for the city.');
      assert.equal(quoteContaining(analyze(text), 'historic').text, '"historic day"');
    });

    it('never reads an autolink or an inline tag as prose', () => {
      const text = body('See <https://example.com/"x"> and <span title="a &quot;b&quot;">the page</span>.');
      const model = analyze(text);
      assert.deepEqual(model.quotes, []);
      assert.deepEqual(model.inline.filter((i) => i.kind === 'autolink').map((i) => slice(text, i)), ['<https://example.com/"x">']);
    });

    it('never reads an HTML block as prose', () => {
      const html = '<div class="embed">\n"Embedded tweet," she wrote. 40% of voters agreed.\n</div>';
      const text = body('Intro paragraph.', html, 'After.');
      const model = analyze(text);
      assertNotProse(model, { start: offsetOf(text, '<div'), end: offsetOf(text, '</div>') + 6 }, 'the HTML block');
    });
  });

  describe('containers', () => {
    it('reads a block quote as prose without its markers', () => {
      const text = body('Intro paragraph.', '> "We are ready," the minister said.\n> "We will act."');
      const model = analyze(text);
      const paragraph = model.paragraphs[1];
      assert.equal(model.blocks[paragraph.block].inBlockQuote, true);
      assert.equal(slice(text, paragraph), '"We are ready," the minister said.\n> "We will act."');
      assert.deepEqual(model.quotes.map((q) => q.text), ['"We are ready,"', '"We will act."']);
      assert.ok(!sentenceTexts(model).some((s) => s.startsWith('>')), 'no sentence starts with the marker');
    });

    it('reads list items as prose without their markers', () => {
      const text = body('Intro paragraph.', '- "Prices rose," Ortiz said.\n- 2. Not a number to read\n1. "Numbered," Rivera said.');
      const model = analyze(text);
      assert.deepEqual(model.quotes.map((q) => q.text), ['"Prices rose,"', '"Numbered,"']);
      const items = model.paragraphs.slice(1);
      assert.ok(items.every((p) => model.blocks[p.block].inList), 'every item is in a list');
      assert.equal(slice(text, items[0]), '"Prices rose," Ortiz said.');
      assert.ok(!sentenceTexts(model).some((s) => /^[-*+]|^\d[.)]\s/.test(s)), `markers read as prose: ${JSON.stringify(sentenceTexts(model))}`);
    });

    it('reads headings with their level, without the hashes', () => {
      const text = body('# Main title', '## WHAT DOES U.S. SUPPORT LOOK LIKE? ##', 'Subtitle\n========', 'Body.');
      const model = analyze(text);
      const headings = model.paragraphs.filter((p) => p.kind === 'heading');
      assert.deepEqual(headings.map((h) => model.blocks[h.block].level), [1, 2, 1]);
      assert.deepEqual(
        model.sentences.filter((s) => headings.some((h) => h.index === s.paragraph)).map((s) => slice(text, s)),
        ['Main title', 'WHAT DOES U.S. SUPPORT LOOK LIKE?', 'Subtitle'],
      );
    });

    it('does not take a thematic break or a link definition for prose', () => {
      const text = body('Intro paragraph.', '***', '[ref]: https://example.com/"x"', 'After.');
      const model = analyze(text);
      assert.deepEqual(model.paragraphs.map((p) => slice(text, p)), ['Intro paragraph.', 'After.']);
      assert.deepEqual(model.quotes, []);
    });

    it('strips emphasis markers but keeps the words', () => {
      const text = body('**"We are ready,"** the _minister_ said.');
      const model = analyze(text);
      assert.equal(quoteContaining(model, 'ready').text, '"We are ready,"');
      assert.equal(model.quotes[0].attribution?.cue?.text, 'said');
    });
  });

  describe('offsets', () => {
    it('gives paragraph offsets into the whole file, front matter included', () => {
      const text = article({ title: 'T' }, 'First paragraph.', 'Second paragraph.');
      const model = analyze(text);
      assert.deepEqual(model.paragraphs.map((p) => slice(text, p)), ['First paragraph.', 'Second paragraph.']);
      assert.ok(model.paragraphs[0].start > model.frontMatter!.span.end - 1);
    });

    it('keeps CRLF out of paragraph ends', () => {
      const text = '---\r\ntitle: T\r\n---\r\n\r\nFirst line\r\nsecond line.\r\n\r\nNext.\r\n';
      const model = analyze(text);
      assert.deepEqual(model.paragraphs.map((p) => slice(text, p)), ['First line\r\nsecond line.', 'Next.']);
    });
  });

  describe('agrees with mdast-util-from-markdown', () => {
    // Paragraphs, headings and code blocks as CommonMark reads them (tables are GFM, left out).
    const AGREED = [
      'First paragraph.\n\nSecond paragraph\ncontinues here.\n',
      '# Heading one\n\n## Heading two ##\n\nText.\n',
      'Setext one\n==========\n\nSetext two\n---\n\nText.\n',
      '```js\nconst a = "b";\n```\n\n~~~\ncode\n~~~\n\nAfter.\n',
      'Text.\n\n    indented code\n    more code\n\nAfter.\n',
      '> Quoted paragraph\n> continues.\n>\n> Second quoted paragraph.\n\nAfter.\n',
      '> Lazy\ncontinuation line.\n\nAfter.\n',
      '- one\n- two\n  - nested\n- three\n\n1. first\n2) second\n',
      '<div>\n"not prose"\n</div>\n\nAfter.\n',
      '<!-- a comment\nover lines -->\n\nAfter.\n',
      'Text.\n\n***\n\n* * *\n\n___\n\nAfter.\n',
      'Paragraph\n# Heading interrupts\nMore.\n',
      'Paragraph\n```\ncode\n```\n',
      '- item\n\n  second paragraph of item\n\n- next\n',
      '+ plus item\n+ another\n',
      '[ref]: http://example.com\n\nText with [ref].\n',
      'Line with hard break  \nnext line.\n',
      '> - quoted list "item," she said.\n> - second\n',
      '1.5 million people came.\n\n#hashtag is not a heading.\n',
      '```\nunclosed fence\n\nstill code\n',
      'Text\n    not code, a continuation\n',
      '  Indented two spaces.\n\n   # Indented heading\n',
      '- a\n-\n- c\n',
      'Text\n\n> quote\n\n---\n\nEnd\n',
      'A paragraph\n- interrupted by a list\n',
      '*Emphasis* at line start.\n\n**Bold** too.\n',
      '>No space after marker.\n\n>> Nested quote.\n',
      '- item with code:\n\n  ```\n  code in item\n  ```\n\nAfter.\n',
      '- item\n> quote after list\n',
      '<span>inline html</span> starts a paragraph.\n',
      'Heading with trailing hashes ###\n\n### Real heading ###\n',
      '####### seven hashes is text\n',
      '````\n```\nnested fence\n```\n````\n\nAfter.\n',
      '1. one\n\n   indented para in item\n\n2. two\n',
      'Paragraph one.\n   \nParagraph two after whitespace line.\n',
      '> quote\n\n    code after quote\n',
      'Text <!-- inline comment --> more text.\n\n<!-- block -->\nText right after comment.\n',
      'Setext\n=\n\nPara\n   ---\n',
      '"We are ready," she said.\n\n"We will act,\n\n"and soon."\n',
    ];
    // Paragraph continuations that look like list items, and tab indentation (CommonMark 5.2, 2.2).
    const CONTINUATIONS = [
      'The vote was held in\n2025. It passed.\n',
      'The budget grew by\n5) percent.\n',
      'A paragraph\n2. not a list, a continuation\n',
      '\tTab-indented code.\n\nText.\n',
      'Text\n1. a list after all\n',
      'Text\n- a bullet after all\n',
      '1. one\n2. two\n',
      '> quoted text\n> 2025. still the quote\n',
      '- item\n  2025. still the item\n',
      '## Heading\n2. a list under it\n',
    ];

    it('on a set of varied Markdown inputs', async () => {
      for (const text of AGREED) assert.deepEqual(await ours(text), await theirs(text), JSON.stringify(text));
    });

    it('on paragraphs with numbers at line starts and tab-indented code', async () => {
      for (const text of CONTINUATIONS) assert.deepEqual(await ours(text), await theirs(text), JSON.stringify(text));
    });
  });
});

type BlockView = [kind: string, level: number, text: string];

/** The prose paragraphs, headings and code blocks of the model, as kind, level and covered text. */
async function ours(text: string): Promise<BlockView[]> {
  const model = analyze(text);
  const views: Array<[number, BlockView]> = [];
  for (const p of model.paragraphs) {
    const block = model.blocks[p.block];
    let covered = text.slice(p.start, p.end);
    if (p.kind === 'heading') covered = covered.replace(/^#{1,6}[ \t]*/, '').replace(/[ \t]+#+[ \t]*$/, '').trimEnd();
    views.push([p.start, [p.kind, block.level, covered]]);
  }
  for (const b of model.blocks) if (b.kind === 'code') views.push([b.start, ['code', 0, text.slice(b.start, b.end).trimStart()]]);
  return views.sort((a, b) => a[0] - b[0]).map(([, view]) => view);
}

interface MdNode {
  type: string;
  depth?: number;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** The same view from mdast-util-from-markdown (ESM-only, loaded with a dynamic import). */
async function theirs(text: string): Promise<BlockView[]> {
  const { fromMarkdown } = (await import('mdast-util-from-markdown')) as unknown as { fromMarkdown: (value: string) => MdNode };
  const views: BlockView[] = [];
  const range = (node: MdNode): [number, number] => [node.position!.start.offset!, node.position!.end.offset!];
  const visit = (node: MdNode): void => {
    if (node.type === 'paragraph') {
      const [start, end] = range(node);
      views.push(['paragraph', 0, text.slice(start, end)]);
    } else if (node.type === 'heading') {
      const children = node.children ?? [];
      if (children.length === 0) return;
      views.push(['heading', node.depth!, text.slice(range(children[0])[0], range(children[children.length - 1])[1]).trimEnd()]);
    } else if (node.type === 'code') {
      const [start, end] = range(node);
      views.push(['code', 0, text.slice(start, end).trimStart()]);
    } else {
      for (const child of node.children ?? []) visit(child);
    }
  };
  visit(fromMarkdown(text));
  return views;
}
