/** The commented `.copydesk.yaml` that `copydesk init` writes: every rule at its default, every key explained. */
import type { DatelineStyle } from '../analysis/model';
import { allRules } from '../rules';
import { RULE_DOCS_BASE } from '../rules/docs';

const WORDS = { error: 'error', warning: 'warning', information: 'info', hint: 'hint', off: 'off' } as const;

export function starterConfig(style: DatelineStyle): string {
  const width = Math.max(...allRules.map((rule) => rule.id.length + WORDS[rule.defaultSeverity].length));
  const rules = allRules.map((rule) => {
    const entry = `${rule.id}: ${WORDS[rule.defaultSeverity]}`;
    return `  ${entry.padEnd(width + 2)}  # ${rule.description}`;
  });
  const withOptions = allRules.filter((rule) => rule.options && Object.keys(rule.options).length);
  const optionExamples = withOptions.map((rule) => {
    const options = Object.entries(rule.options!).map(([name, spec]) => `${name}: ${JSON.stringify(spec.default)}`);
    return `  # ${rule.id}: [${WORDS[rule.defaultSeverity] === 'off' ? 'warning' : WORDS[rule.defaultSeverity]}, { ${options.join(', ')} }]`;
  });
  return `# Copydesk configuration for the articles in this folder and below.
# A .copydesk.yaml nearer an article overrides this one key by key; \`root: true\`
# stops Copydesk from looking further up. Nothing in this file is ever run: it is data.
root: true

# The dateline form to expect when an article's front matter names no \`style\`:
#   reuters  WASHINGTON, Aug 19 (Reuters) -
#   ap       KYIV, Ukraine (AP) —
#   plain    BRUSSELS —
style: ${style}

# Severity per rule: off, hint, info, warning or error; or [severity, { options }].
# What each rule checks, and its options: ${RULE_DOCS_BASE}<rule>.md
rules:
${rules.join('\n')}
  # With options:
${optionExamples.join('\n')}

# Words the analysis should know, added to its built-in lists.
# speechVerbs: [quip, opine]                  # attribution verbs
# anonymousPatterns: ["people close to the (club|board)"]   # regular expressions
# titles: [Alderman, Chief Constable]         # titles and roles before names
# organizations: [Marevian Foreign Ministry]  # bodies that speak ("the ministry said")
# people:                                     # pronouns beat any guess from a forename
#   - name: Alex Morgan
#     pronouns: they
#     aliases: [Morgan]

# Which plain .md files are articles (*.article.md always are):
#   auto: front matter with type, dateline or agency; always; never
# markdown: auto

# What \`copydesk lint\` checks in a folder, and what it skips (globs relative to this file).
# files: ["stories/**/*.md"]
# ignore: ["archive/**", "*.draft.md"]
`;
}
