/**
 * Inputs that stress the analysis rather than read like news: the bad-input list
 * (empty, binary, CRLF, BOM, unclosed front matter, 10 MB, a 1 MB line, 100,000 quote
 * marks) and Markdown written to hit every scanner branch. Built from the project's own
 * examples, never from the corpus, and deterministic so their outputs can be compared.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

function examples(): string[] {
  const dir = path.join(ROOT, 'examples');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.article.md'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

function bodyOf(text: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  return match ? text.slice(match[0].length) : text;
}

/** A paragraph that mixes every inline construct the Markdown scanner handles. */
const MARKUP = [
  'Officials said the *plan*, which **critics** call "reckless," would cost `$4 billion` <!-- check -->.',
  'See [the report](https://example.org/a_(b) "title") and [ref][1], ![chart](x.png), <https://example.org>, <b>bold</b>.',
  '_Emphasis_ and snake_case_words, ~~struck~~, \\*escaped\\*, a lone ~ tilde and "quoted **bold** words," she said.',
  '',
  '> "A block quote," said Jane Doe, a spokeswoman for the ministry.',
  '> Lazy continuation line said nothing.',
  '',
  '- "List item quote," he said.',
  '- Second item, according to the Pentagon.',
  '  continued item text',
  '1. Numbered "item" here.',
  '',
  '```',
  '"code is not prose," said nobody.',
  '```',
  '',
  '    indented code "not a quote"',
  '',
  '| a | "b" |',
  '|---|---|',
  '| c | d |',
  '',
  'Setext heading "quoted"',
  '=======================',
  '',
  '## ATX heading with "quote" ##',
  '',
  '<div>',
  '"html block," said X.',
  '</div>',
  '',
  '[1]: https://example.org',
  '',
  '***',
  '',
].join('\n');

export function hostileInputs(): Array<{ name: string; text: string }> {
  const all = examples();
  const bodies = all.map(bodyOf).join('\n\n');
  const sentence = 'The minister said on Tuesday that "the talks are over," according to two officials familiar with the matter. ';
  const inputs: Array<{ name: string; text: string }> = [
    { name: 'hostile/empty', text: '' },
    { name: 'hostile/whitespace', text: ' \n\n\t\n' },
    { name: 'hostile/no-front-matter', text: bodyOf(all[0]) },
    { name: 'hostile/unclosed-front-matter', text: '---\ntitle: Never closed\nbyline: [A B]\n\n' + bodyOf(all[1]) },
    { name: 'hostile/only-front-matter', text: '---\ntitle: x\n---\n' },
    { name: 'hostile/bad-yaml', text: '---\ntitle: [unclosed\n  : : :\nsources:\n  - name: A\n    name: B\n---\n' + bodyOf(all[2]) },
    { name: 'hostile/binary', text: Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('') },
    { name: 'hostile/nul-bytes', text: all[0].replace(/ /g, (_, i: number) => (i % 17 === 0 ? '\u0000' : ' ')) },
    { name: 'hostile/crlf', text: all[1].replace(/\n/g, '\r\n') },
    { name: 'hostile/bom', text: '\uFEFF' + all[2] },
    { name: 'hostile/markup', text: '---\ntitle: Markup\n---\n\n' + MARKUP + MARKUP },
    { name: 'hostile/surrogates', text: 'WASHINGTON — 😀 "Emoji 𝒳 quote," said 𝒴 Smith. ' + '𝒵'.repeat(500) },
    { name: 'hostile/10mb', text: '---\ntitle: Huge\n---\n\n' + bodies.repeat(Math.ceil(10_000_000 / bodies.length)).slice(0, 10_000_000) },
    { name: 'hostile/1mb-line', text: sentence.repeat(Math.ceil(1_000_000 / sentence.length)) },
    { name: 'hostile/100k-straight-quotes', text: '"'.repeat(100_000) },
    { name: 'hostile/100k-quoted-words', text: 'He said '.concat('"word" '.repeat(100_000)) },
    { name: 'hostile/100k-curly-open', text: 'Officials said “'.repeat(100_000) },
    { name: 'hostile/100k-singles', text: '"' + "it's 'a' ".repeat(100_000) + '"' },
    { name: 'hostile/100k-comments', text: '<!--'.repeat(100_000) },
    { name: 'hostile/100k-backticks', text: 'a `b '.repeat(100_000) },
    { name: 'hostile/100k-brackets', text: '['.repeat(50_000) + ']('.repeat(50_000) },
    { name: 'hostile/100k-stars', text: 'x *y '.repeat(100_000) },
    { name: 'hostile/100k-periods', text: 'U.S. Sen. J. '.repeat(100_000) },
    // Kept small: each of its cues reports the whole sentence, so the extract grows with the square of its length.
    { name: 'hostile/capital-run', text: 'Said Jane Doe Smith Ruiz '.repeat(4_000) },
    { name: 'hostile/100k-paragraphs', text: '"Quote,"\n\n'.repeat(100_000) },
  ];
  frontMatterVariants().forEach((lines, i) => {
    inputs.push({ name: `front-matter/${i}`, text: `---\n${lines.join('\n')}\n---\n\nWASHINGTON — "We are ready," she said.\n` });
  });
  // Half-typed articles: every example cut at a third and at two thirds, as an editor sees them.
  all.forEach((text, i) => {
    inputs.push({ name: `partial/${i}-a`, text: text.slice(0, Math.floor(text.length / 3)) });
    inputs.push({ name: `partial/${i}-b`, text: text.slice(0, Math.floor((2 * text.length) / 3)) });
  });
  return inputs;
}

/**
 * Front matters at the edge of what the analysis reads without the YAML parser (flat
 * `key: value` lines): each must read exactly as `yaml` reads it, or be left to `yaml`.
 */
function frontMatterVariants(): string[][] {
  const values = [
    '"The Ninth Circle: a #2 view"', '"tab\there"', '"an \\"escaped\\" quote"', '""', '"   "', '"  padded  "', '"O\'Brien’s"',
    'Reuters', 'plain words, with commas', "O'Brien", 'null', 'Null', 'true', 'FALSE', 'yes', '~', '12', '1e3', '0x1F', '.inf',
    '2015-11-11', '"2015-11-11"', '"2020-01-02T10:00:00Z"', 'a: b', 'x # comment', '"x" # comment', '[A, B]', '{ a: 1 }', '- item',
    "'single'", '&anchor x', '*alias', '!tag x', '|', '>', `"${'long '.repeat(1000)}"`, '"😀 𝒳 ünïcödé"', 'Ünïcode', 'AP', '"News"',
  ];
  const keys = ['title', 'byline', 'agency', 'style', 'type', 'date', 'dateline', 'sources', 'annotations', 'copydesk', 'id'];
  const variants: string[][] = [];
  for (const key of keys) for (const value of values) variants.push([`${key}: ${value}`, 'author: "A B"']);
  variants.push(
    ['title: "A"', 'title: "B"'],
    ['null: "x"', 'title: "A"'],
    ['True: "x"'],
    ['title : "A"'],
    ['title:\t"A"'],
    ['title:"A"'],
    ['  title: "A"'],
    ['title: "A"', '', 'agency: "Reuters"'],
    ['title: "A"', '   ', 'agency: "Reuters"'],
    ['title: "A"   ', 'agency: Reuters   '],
    ['%YAML 1.1', '---', 'title: yes'],
    ['# a comment', 'title: "A"'],
    ['title: "A"\r', 'agency: "Reuters"\r'],
    ['title: "A"', 'style: "Reuters"', 'type: "Analysis"', 'date: "2025-08-19"', 'byline: "Jane Doe"', 'agency: "AP"'],
    ['title:', 'agency: "AP"'],
    [`${'k'.repeat(70)}: "A"`],
  );
  return variants;
}
