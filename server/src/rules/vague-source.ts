/**
 * vague-source: a bare "a source" or "sources" with no description. AP does not allow plain
 * "a source": describe the source as specifically as possible ("a senior State Department
 * official", "people familiar with the talks") so readers can judge what they know. A later
 * "the source" after a described first reference points back to that description.
 */
import { anonymousMentions, anonymousSources } from './anonymous';
import type { Rule, RuleFinding } from './types';

export const vagueSource: Rule = {
  id: 'vague-source',
  defaultSeverity: 'warning',
  fixable: false,
  description: 'A bare "a source" or "sources" with no description of who they are.',
  check({ model }) {
    const findings: RuleFinding[] = [];
    for (const source of anonymousSources(model)) {
      let described = false;
      for (const entry of anonymousMentions(source)) {
        // Once described, "the source" later on points back to that description.
        if (!entry.vague) described = true;
        if (!entry.vague || described) continue;
        const phrase = model.text.slice(entry.phrase.start, entry.phrase.end);
        findings.push({
          message: `"${phrase}" says nothing about who the source is: describe them as specifically as you can ("a senior ministry official", "a person familiar with the talks"), as AP requires.`,
          span: entry.phrase,
          related: [],
          fixes: [],
          data: { source: source.id },
        });
      }
    }
    return findings.sort((a, b) => a.span.start - b.span.start);
  },
};
