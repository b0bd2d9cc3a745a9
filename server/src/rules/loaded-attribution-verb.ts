/**
 * loaded-attribution-verb (off by default): an attribution verb that carries a judgement
 * (claimed, admitted, conceded, insisted) where "said" would do. AP: "said" is the neutral
 * verb; "claimed" casts doubt and "admitted" implies a confession. Sometimes the loaded verb
 * is the accurate one (a defendant who admits a charge), so the fix is offered, never applied
 * by `--fix`, and `allow` lists verbs a desk accepts ("deny" by default: denying is what the
 * source did, and "said" would hide it).
 */
import type { Cue } from '../analysis/model';
import { stringListOption } from './options';
import type { Rule, RuleFinding } from './types';

export const loadedAttributionVerb: Rule = {
  id: 'loaded-attribution-verb',
  defaultSeverity: 'off',
  fixable: false,
  description: 'An attribution verb that editorializes (claimed, admitted, insisted) where "said" would do.',
  options: {
    allow: { type: 'array', items: { type: 'string' }, default: ['deny'], description: 'Verbs (base forms) the desk accepts.' },
  },
  check({ model, options }) {
    const allow = new Set(stringListOption(options, 'allow', ['deny']).map((v) => v.toLowerCase()));
    const cues = new Map<number, Cue>();
    for (const quote of model.quotes) if (quote.attribution?.cue) cues.set(quote.attribution.cue.start, quote.attribution.cue);
    for (const attribution of model.attributions) cues.set(attribution.cue.start, attribution.cue);
    const findings: RuleFinding[] = [];
    for (const cue of [...cues.values()].sort((a, b) => a.start - b.start)) {
      if (!cue.loaded || allow.has(cue.lemma.toLowerCase())) continue;
      const verb = /^\S+/.exec(cue.text)?.[0] ?? cue.text;
      const neutral = neutralForm(verb);
      findings.push({
        message: `"${verb}" passes judgement on what was said; "${neutral}" is neutral (AP). Keep "${verb}" only if it is the accurate word.`,
        span: { start: cue.start, end: cue.start + verb.length },
        related: [],
        fixes: [{ title: `Change "${verb}" to "${neutral}"`, edits: [{ span: { start: cue.start, end: cue.start + verb.length }, newText: neutral }], safe: false }],
        data: { lemma: cue.lemma, replacement: neutral },
      });
    }
    return findings;
  },
};

/** "said" in the verb's own tense and person: claimed → said, insists → says, conceding → saying. */
function neutralForm(verb: string): string {
  const lower = verb.toLowerCase();
  const form = lower.endsWith('ing') ? 'saying' : lower.endsWith('ed') ? 'said' : lower.endsWith('s') && !lower.endsWith('ss') ? 'says' : 'say';
  return /^\p{Lu}/u.test(verb) ? form[0].toUpperCase() + form.slice(1) : form;
}
