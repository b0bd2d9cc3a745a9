/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other static-analysis viewers,
 * with each rule's metadata and docs link, results with 1-based regions (columns in UTF-16
 * code units, as `columnKind` says), related locations, the fixes, and a notification for
 * every file that could not be read.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { allRules, UNUSED_DISABLE } from '../../rules';
import { ruleDocsUrl } from '../../rules/docs';
import type { Severity, SeverityOrOff } from '../../rules/types';
import type { Range } from '../lintFile';
import type { Formatter } from './context';

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
const SRCROOT = '%SRCROOT%';

interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: SeverityOrOff;
}

const RULES: RuleMeta[] = [
  ...allRules,
  { id: UNUSED_DISABLE, description: 'A suppression comment that suppresses nothing (--report-unused-disables).', defaultSeverity: 'warning' },
];

export const formatSarif: Formatter = (reports, context) => {
  const ruleIndex = new Map(RULES.map((rule, i) => [rule.id, i]));
  const location = (file: string, range: Range): Sarif.PhysicalLocation => ({ artifactLocation: artifact(file, context.cwd), region: region(range) });
  const results: Sarif.Result[] = [];
  for (const report of reports) {
    for (const d of report.diagnostics) {
      const result: Sarif.Result = {
        ruleId: d.rule,
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [{ physicalLocation: location(report.path, d.range) }],
      };
      const index = ruleIndex.get(d.rule);
      if (index !== undefined) result.ruleIndex = index;
      if (d.related.length) {
        result.relatedLocations = d.related.map((related, id) => ({ id, physicalLocation: location(report.path, related.range), message: { text: related.message } }));
      }
      if (d.fixes.length) {
        result.fixes = d.fixes.map((fix) => ({
          description: { text: fix.safe ? `${fix.title} (applied by --fix)` : fix.title },
          artifactChanges: [
            {
              artifactLocation: artifact(report.path, context.cwd),
              replacements: fix.edits.map((edit) => ({ deletedRegion: region(edit.range), insertedContent: { text: edit.newText } })),
            },
          ],
        }));
      }
      results.push(result);
    }
  }
  const failed = [...reports.filter((r) => r.error !== null).map((r) => ({ path: r.path, message: r.error! })), ...context.problems];
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'copydesk',
            version: context.version,
            semanticVersion: context.version,
            informationUri: 'https://github.com/copydesk/copydesk',
            rules: RULES.map(describeRule),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(context.cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: failed.length === 0,
            toolExecutionNotifications: failed.map((problem) => ({
              level: 'error' as const,
              message: { text: `${problem.path}: ${problem.message}` },
              locations: [{ physicalLocation: { artifactLocation: artifact(problem.path, context.cwd) } }],
            })),
          },
        ],
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function describeRule(rule: RuleMeta): Sarif.ReportingDescriptor {
  const off = rule.defaultSeverity === 'off';
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase()),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    helpUri: ruleDocsUrl(rule.id),
    help: { text: `${rule.description} See ${ruleDocsUrl(rule.id)}`, markdown: `${rule.description} [Read more](${ruleDocsUrl(rule.id)}).` },
    defaultConfiguration: { enabled: !off, level: off ? 'none' : LEVEL[rule.defaultSeverity as Severity] },
    properties: { tags: ['journalism', 'sourcing'], precision: 'medium', 'problem.severity': off ? 'recommendation' : rule.defaultSeverity === 'error' ? 'error' : rule.defaultSeverity === 'warning' ? 'warning' : 'recommendation' },
  };
}

/** A file as SARIF wants it: relative to %SRCROOT% when inside the working folder, else an absolute file URI. */
function artifact(file: string, cwd: string): Sarif.ArtifactLocation {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) {
    return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL(absolute).href };
}

/** LSP's 0-based, end-exclusive range as SARIF's 1-based region (whose end column is also exclusive). */
function region(range: Range): Sarif.Region {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}
