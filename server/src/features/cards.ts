/**
 * Hover cards as data, rendered to Markdown or to plain text: the client says which it can
 * show (eglot without markdown-mode, for one, only takes plain text).
 */
export interface Card {
  title: string;
  /** Label and value, one per line. */
  rows: [label: string, value: string][];
  /** An optional list under the rows, e.g. a source's quotes. */
  list?: { heading: string; items: string[] };
}

export function renderCard(card: Card, markdown: boolean): string {
  return markdown ? toMarkdown(card) : toPlainText(card);
}

function toMarkdown(card: Card): string {
  const parts = [`**${escapeMarkdown(card.title)}**`];
  if (card.rows.length > 0) parts.push(card.rows.map(([label, value]) => `${escapeMarkdown(label)}: ${escapeMarkdown(value)}`).join('  \n'));
  if (card.list && card.list.items.length > 0) {
    parts.push(`${escapeMarkdown(card.list.heading)}\n\n${card.list.items.map((item) => `- ${escapeMarkdown(item)}`).join('\n')}`);
  }
  return parts.join('\n\n');
}

function toPlainText(card: Card): string {
  const lines = [card.title, ...card.rows.map(([label, value]) => `${label}: ${value}`)];
  if (card.list && card.list.items.length > 0) lines.push(card.list.heading, ...card.list.items.map((item) => `  - ${item}`));
  return lines.join('\n');
}

/**
 * Article text shown as itself: emphasis, code, links and HTML must not turn into
 * formatting. Values sit mid-line, so line-start syntax (`#`, `-`) needs no escape.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`).replace(/\n/g, ' ');
}

/** At most `max` characters, cut at a word, with an ellipsis when cut. */
export function shorten(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** "1 quote", "4 quotes". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
