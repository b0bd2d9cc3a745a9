/**
 * Articles for the benchmark, generated from the project's own examples (never from the
 * corpus): one long article of a given length, and many varied ones for the linters.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

interface Source {
  frontMatter: string;
  paragraphs: string[];
}

function loadExamples(): Source[] {
  const dir = path.join(ROOT, 'examples');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.article.md'))
    .sort()
    .map((f) => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
      const body = match ? text.slice(match[0].length) : text;
      return {
        frontMatter: match ? match[1] : 'title: Untitled',
        // Prose paragraphs only: headings, fences and comments would repeat oddly when mixed.
        paragraphs: body.split(/\r?\n\s*\r?\n/).map((p) => p.trim()).filter((p) => p && !/^(?:#|```|<!--|>|- |\* |\d+\.)/.test(p)),
      };
    });
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

const FRONT_MATTER = `---
title: Benchmark article built from the Copydesk examples
byline: [Copydesk Bench]
agency: Reuters
style: reuters
type: news
date: 2026-11-18
dateline:
  place: GENEVA
  date: 2026-11-18
---
`;

/** One article of at least `target` words: the examples' paragraphs in turn, under a Reuters dateline. */
export function longArticle(target = 2000): string {
  const examples = loadExamples();
  const pool = examples.flatMap((e) => e.paragraphs.slice(1));
  const parts = ['GENEVA, Nov 18 (Reuters) - Negotiators met again on Tuesday, officials said.'];
  let count = words(parts[0]);
  for (let i = 0; count < target; i++) {
    const paragraph = pool[i % pool.length];
    parts.push(paragraph);
    count += words(paragraph);
  }
  return FRONT_MATTER + '\n' + parts.join('\n\n') + '\n';
}

/** Writes `count` varied articles (each example's paragraphs rotated and thinned differently) into `dir`. */
export function writeArticles(dir: string, count: number): string[] {
  const examples = loadExamples();
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let n = 0; n < count; n++) {
    const source = examples[n % examples.length];
    const shift = Math.floor(n / examples.length) % Math.max(1, source.paragraphs.length);
    const kept = source.paragraphs.filter((_, i) => (i + n) % 13 !== 0);
    const body = [kept[0], ...kept.slice(1 + shift), ...kept.slice(1, 1 + shift)].filter(Boolean).join('\n\n');
    const file = path.join(dir, `bench-${String(n).padStart(4, '0')}.article.md`);
    fs.writeFileSync(file, `---\n${source.frontMatter}\n---\n\n${body}\n`);
    files.push(file);
  }
  return files;
}
