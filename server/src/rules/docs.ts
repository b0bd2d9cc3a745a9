/** Where each rule's documentation is published: `docs/rules/<id>.md` in the repository. */

export const RULE_DOCS_BASE = 'https://github.com/copydesk/copydesk/blob/main/docs/rules/';

export function ruleDocsUrl(rule: string): string {
  return `${RULE_DOCS_BASE}${rule}.md`;
}
