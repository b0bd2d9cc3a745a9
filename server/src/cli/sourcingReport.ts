/**
 * The sourcing report for one article (`copydesk report`): who the story relies on, by kind
 * with their quote counts, which anonymous sources are explained, and what stands without a
 * source. What a desk editor or a fact-checker reads before a story goes out.
 */
import type { ArticleModel, SourceKind, Span } from '../analysis/model';
import type { RuleSetting } from '../rules';
import { anonymousMentions } from '../rules/anonymous';
import { Suppressions } from '../rules/directives';
import { lineAt, lineStarts } from '../analysis/lines';
import { attributionOf, inBlockQuote, isSpeechQuote } from '../rules/speech';
import { unattributedClaim, unsourcedClaims } from '../rules/unattributed-claim';

export const KINDS: readonly SourceKind[] = ['person', 'organization', 'anonymous', 'publication', 'document'];

export interface SourcingReport {
  file: string;
  title: string | null;
  summary: {
    sources: number;
    byKind: Record<SourceKind, number>;
    quotes: number;
    unattributedQuotes: number;
    /** Quotes the article has through another source (`"…," Ruiz said, according to the Gazette`). */
    secondhandQuotes: number;
    unexplainedAnonymous: number;
    unattributedClaims: number;
    /** False when the configuration turns `unattributed-claim` off: then no claim is listed. */
    claimsChecked: boolean;
  };
  sources: Array<{ name: string; kind: SourceKind; title: string | null; quotes: number; reportedSpeech: number; declared: boolean; firstLine: number | null }>;
  anonymous: Array<{ name: string; phrase: string; line: number; explained: boolean; reason: string | null; granted: string | null; suppressed: string | null }>;
  unattributedQuotes: Array<{ line: number; text: string; suppressed: string | null }>;
  /** Where a fact-checker checks these words: the source they came through, not only the speaker. */
  secondhand: Array<{ line: number; text: string; speaker: string; via: string; cue: string }>;
  unattributedClaims: Array<{ line: number; text: string; score: number; suppressed: string | null }>;
}

/**
 * `rules` is the article's rule configuration: the unsourced claims are the ones
 * `unattributed-claim` flags under it (its `minScore`, its `sourcedLead` exemption), so the
 * report and `copydesk lint` agree; with the rule off, none are listed.
 */
export function sourcingReport(model: ArticleModel, file: string, rules: Record<string, RuleSetting> = {}): SourcingReport {
  const starts = lineStarts(model.text);
  // A suppression comment is the desk's decision, so the report shows it (with its reason) instead of hiding the item.
  const suppressions = new Suppressions(model);
  const suppressed = (rule: string, span: Span): string | null => {
    const directive = suppressions.directiveFor(rule, span);
    return directive ? directive.reason ?? 'no reason given' : null;
  };
  const line = (offset: number): number => lineAt(starts, offset) + 1;
  const speech = model.quotes.filter(isSpeechQuote);
  const byKind = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<SourceKind, number>;
  for (const source of model.sources) byKind[source.kind]++;

  const anonymous: SourcingReport['anonymous'] = [];
  for (const source of model.sources.filter((s) => s.kind === 'anonymous')) {
    let explained: string | null = null;
    for (const entry of anonymousMentions(source)) {
      explained ??= entry.reason?.text ?? null;
      anonymous.push({
        name: source.name,
        phrase: model.text.slice(entry.phrase.start, entry.phrase.end),
        line: line(entry.phrase.start),
        explained: explained !== null,
        reason: explained,
        granted: entry.granted?.text ?? null,
        suppressed: suppressed('anonymity-unexplained', entry.phrase),
      });
    }
  }
  anonymous.sort((a, b) => a.line - b.line);

  const unattributedQuotes = speech
    .filter((q) => !attributionOf(model, q) && !inBlockQuote(model, q))
    .map((q) => ({ line: line(q.start), text: q.text, suppressed: suppressed('unattributed-quote', q) }));
  const secondhand = speech.flatMap((q) => {
    const via = q.attribution?.via;
    return via ? [{ line: line(q.start), text: q.text, speaker: model.sources[q.attribution!.source].name, via: model.sources[via.source].name, cue: via.cue.text }] : [];
  });
  const claimSetting = rules[unattributedClaim.id];
  const claimsChecked = (claimSetting?.severity ?? unattributedClaim.defaultSeverity) !== 'off';
  const claimsDisabled = model.frontMatter?.fields.disabledRules.includes(unattributedClaim.id) ?? false;
  const unattributedClaims = (claimsChecked ? unsourcedClaims(model, claimSetting?.options ?? {}) : []).map((c) => ({
    line: line(c.start),
    text: c.text.trim(),
    score: c.score,
    suppressed: claimsDisabled ? 'disabled in the front matter' : suppressed(unattributedClaim.id, c),
  }));

  return {
    file,
    title: model.frontMatter?.fields.title ?? null,
    summary: {
      sources: model.sources.length,
      byKind,
      quotes: speech.length,
      unattributedQuotes: unattributedQuotes.length,
      secondhandQuotes: secondhand.length,
      unexplainedAnonymous: anonymous.filter((a) => !a.explained).length,
      unattributedClaims: unattributedClaims.length,
      claimsChecked,
    },
    sources: model.sources.map((s) => ({
      name: s.name,
      kind: s.kind,
      title: s.title,
      quotes: s.quotes.filter((id) => isSpeechQuote(model.quotes[id])).length,
      reportedSpeech: s.attributions.length,
      declared: s.declared,
      firstLine: s.mentions[0] ? line(s.mentions[0].start) : null,
    })),
    anonymous,
    unattributedQuotes,
    secondhand,
    unattributedClaims,
  };
}

const HEADINGS: Record<SourceKind, string> = {
  person: 'People',
  organization: 'Organizations',
  anonymous: 'Anonymous sources',
  publication: 'Publications',
  document: 'Documents',
};

const NOUNS: Record<SourceKind, [string, string]> = {
  person: ['person', 'people'],
  organization: ['organization', 'organizations'],
  anonymous: ['anonymous source', 'anonymous sources'],
  publication: ['publication', 'publications'],
  document: ['document', 'documents'],
};

/** The report as Markdown, readable in a terminal and rendered in a pull request comment. */
export function reportMarkdown(report: SourcingReport): string {
  const s = report.summary;
  const out: string[] = [`# Sourcing: ${escapeCell(report.title ?? report.file)}`, '', `\`${report.file}\``, ''];
  const kinds = KINDS.filter((k) => s.byKind[k]).map((k) => `${s.byKind[k]} ${NOUNS[k][s.byKind[k] === 1 ? 0 : 1]}`);
  out.push(
    `- **${s.sources} source${s.sources === 1 ? '' : 's'}**${kinds.length ? `: ${kinds.join(', ')}` : ''}`,
    `- **${s.quotes} quote${s.quotes === 1 ? '' : 's'}**, ${s.unattributedQuotes} without a speaker${s.secondhandQuotes ? `, ${s.secondhandQuotes} at second hand` : ''}`,
    `- **${report.anonymous.length} anonymous reference${report.anonymous.length === 1 ? '' : 's'}**, ${s.unexplainedAnonymous} with no reason for the anonymity`,
    s.claimsChecked ? `- **${s.unattributedClaims} unsourced claim${s.unattributedClaims === 1 ? '' : 's'}**` : '- Unsourced claims not checked (`unattributed-claim` is off)',
    '',
  );
  for (const kind of KINDS) {
    const sources = report.sources.filter((x) => x.kind === kind);
    if (!sources.length || kind === 'anonymous') continue;
    out.push(`## ${HEADINGS[kind]}`, '', '| Source | Title or role | Quotes | Reported speech | First line |', '| --- | --- | ---: | ---: | ---: |');
    for (const x of sources) out.push(`| ${escapeCell(x.name)} | ${escapeCell(x.title ?? '')} | ${x.quotes} | ${x.reportedSpeech} | ${x.firstLine ?? ''} |`);
    out.push('');
  }
  if (report.anonymous.length) {
    out.push('## Anonymous sources', '', '| Line | Source | Quotes | Why anonymous |', '| ---: | --- | ---: | --- |');
    for (const a of report.anonymous) {
      const quotes = report.sources.find((x) => x.kind === 'anonymous' && x.name === a.name)?.quotes ?? 0;
      const why = (a.explained ? `✔ ${a.reason}` : a.granted ? `✖ not explained ("${a.granted}" says only that it was granted)` : '✖ not explained') + suffix(a.suppressed);
      out.push(`| ${a.line} | ${escapeCell(a.phrase)} | ${quotes} | ${escapeCell(why)} |`);
    }
    out.push('');
  }
  if (report.unattributedQuotes.length) {
    out.push('## Quotes without a speaker', '');
    for (const q of report.unattributedQuotes) out.push(`- line ${q.line}: ${q.text}${suffix(q.suppressed)}`);
    out.push('');
  }
  if (report.secondhand.length) {
    // What the speaker said is known from another source: the fact-checker's first call is there.
    out.push('## Quotes at second hand', '', '| Line | Quote | Speaker | Through |', '| ---: | --- | --- | --- |');
    for (const q of report.secondhand) out.push(`| ${q.line} | ${escapeCell(q.text)} | ${escapeCell(q.speaker)} | ${escapeCell(q.via)} (${escapeCell(q.cue)}) |`);
    out.push('');
  }
  if (report.unattributedClaims.length) {
    out.push('## Unsourced claims', '');
    for (const c of report.unattributedClaims) out.push(`- line ${c.line}: ${c.text}${suffix(c.suppressed)}`);
    out.push('');
  }
  return out.join('\n');
}

function suffix(suppressed: string | null): string {
  return suppressed ? ` (suppressed: ${suppressed})` : '';
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}
