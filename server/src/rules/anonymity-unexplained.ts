/**
 * anonymity-unexplained: an anonymous source with no reason for the anonymity in the same
 * or the next sentence. AP: the story should explain why the source requested anonymity;
 * "speaking on condition of anonymity" says that anonymity was granted, not why. Once a
 * source's anonymity is explained, later references to it need no second explanation, and
 * a back-reference ("the official said") is not a new anonymous source.
 */
import { anonymousMentions, anonymousSources } from './anonymous';
import type { Anonymity, ArticleModel, Source } from '../analysis/model';
import { booleanOption } from './options';
import type { Fix, Rule, RuleFinding } from './types';

export const anonymityUnexplained: Rule = {
  id: 'anonymity-unexplained',
  defaultSeverity: 'warning',
  fixable: false,
  description: 'An anonymous source with no reason given for the anonymity.',
  options: {
    frontMatterReason: { type: 'boolean', default: false, description: 'Accept a `reason` in the front matter `sources` entry as the explanation (readers never see it).' },
  },
  check({ model, options }) {
    const trustFrontMatter = booleanOption(options, 'frontMatterReason', false);
    const findings: RuleFinding[] = [];
    for (const source of anonymousSources(model)) {
      if (trustFrontMatter && declaredReason(model, source)) continue;
      let explained = false;
      anonymousMentions(source).forEach((entry, index) => {
        if (entry.reason) explained = true;
        if (explained) return;
        const phrase = model.text.slice(entry.phrase.start, entry.phrase.end);
        if (index > 0 && /^(?:the|that|this|these|those)\s/i.test(phrase)) return;
        findings.push({
          message: entry.granted
            ? `"${phrase}" is granted anonymity ("${entry.granted.text}"), but the story does not say why: explain why the source asked not to be named (AP), e.g. "because they were not authorized to discuss the talks".`
            : `"${phrase}" is not named and the story does not say why: explain why the source was granted anonymity (AP), e.g. "who spoke on condition of anonymity because the talks are private".`,
          span: entry.phrase,
          related: entry.granted ? [{ span: entry.granted, message: 'Anonymity granted here, with no reason.' }] : [],
          fixes: [reasonFix(entry)],
          data: { source: source.id, granted: entry.granted?.text ?? null, access: entry.access?.text ?? null },
        });
      });
    }
    return findings.sort((a, b) => a.span.start - b.span.start);
  },
};

function declaredReason(model: ArticleModel, source: Source): boolean {
  const name = source.name.toLowerCase();
  return (model.frontMatter?.fields.sources ?? []).some((s) => s.anonymous && s.reason && s.name.toLowerCase() === name);
}

/** A reason to type over: after the granting phrase when there is one, else after the source. */
function reasonFix(entry: Anonymity): Fix {
  if (entry.granted) {
    return { title: 'Say why anonymity was granted: add "because REASON"', edits: [{ span: { start: entry.granted.end, end: entry.granted.end }, newText: ' because REASON' }], safe: false };
  }
  return {
    title: 'Say why the source is anonymous: add ", who spoke on condition of anonymity because REASON,"',
    edits: [{ span: { start: entry.phrase.end, end: entry.phrase.end }, newText: ', who spoke on condition of anonymity because REASON,' }],
    safe: false,
  };
}
