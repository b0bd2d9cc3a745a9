/**
 * Code actions: each finding's own fixes, "disable this rule on this line, with a reason",
 * "add this source to the front matter `sources`", and `source.fixAll.copydesk` (every
 * safe fix at once, e.g. on save).
 */
import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic, type Range } from 'vscode-languageserver';
import type { ArticleModel, Source, Span } from '../analysis/model';
import type { Finding } from '../rules/types';
import type { Analysis } from '../workspace/analysis';
import { toDiagnostic } from './diagnostics';
import { compatibleEdits, placeholderEdit, workspaceEdit, type EditOptions } from './edits';
import { sourcesBlock } from './frontMatterSources';
import { mentionAt, sourceAt } from './lookup';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.copydesk`;
export const ADD_SOURCE_KIND = `${CodeActionKind.RefactorRewrite}.copydesk.addSource`;
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, ADD_SOURCE_KIND, FIX_ALL_KIND];

/** The placeholder a user replaces with the reason for a suppression. */
export const REASON_PLACEHOLDER = 'REASON';

export function codeActions(analysis: Analysis, range: Range, context: CodeActionContext, options: EditOptions): CodeAction[] {
  const wanted = (kind: string): boolean =>
    !context.only || context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
  const span = analysis.lines.spanOf(range);
  const here = analysis.findings.filter((finding) => touches(finding.span, span));
  const actions: CodeAction[] = [];
  if (wanted(CodeActionKind.QuickFix)) {
    for (const finding of here) actions.push(...quickFixes(analysis, finding, context, options));
    actions.push(...disableActions(analysis, here, context, options));
  }
  if (wanted(ADD_SOURCE_KIND)) {
    const action = addSourceAction(analysis, span, options);
    if (action) actions.push(action);
  }
  if (wanted(FIX_ALL_KIND)) {
    const action = fixAllAction(analysis, options);
    if (action) actions.push(action);
  }
  return actions;
}

/** Words a rule's fix leaves for the writer to replace (`, SPEAKER said.`); selected for typing where the client can. */
const FIX_PLACEHOLDER = /\b(SPEAKER|REASON|TITLE)\b/;

function quickFixes(analysis: Analysis, finding: Finding, context: CodeActionContext, options: EditOptions): CodeAction[] {
  const diagnostic = matchingDiagnostic(analysis, finding, context);
  return finding.fixes.map((fix) => {
    const placeholder = fix.edits.length === 1 ? FIX_PLACEHOLDER.exec(fix.edits[0].newText)?.[1] : undefined;
    return {
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: fix.safe && finding.fixes.length === 1,
      edit: placeholder ? placeholderEdit(analysis, fix.edits[0], placeholder, options) : workspaceEdit(analysis, fix.edits, options),
    };
  });
}

/**
 * One "disable" action per rule firing here; not in the front matter, where an HTML
 * comment means nothing. The comment goes on its own line before the finding's line when
 * that line starts its paragraph; inside a wrapped paragraph a line of its own would split
 * the paragraph in two, so the comment ends the finding's line instead (`disable-line`).
 */
function disableActions(analysis: Analysis, findings: Finding[], context: CodeActionContext, options: EditOptions): CodeAction[] {
  const seen = new Set<string>();
  const actions: CodeAction[] = [];
  for (const finding of findings) {
    if (finding.span.start < analysis.model.bodyStart || seen.has(finding.rule)) continue;
    seen.add(finding.rule);
    actions.push({
      title: `Disable ${finding.rule} on this line, with a reason`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [matchingDiagnostic(analysis, finding, context)],
      edit: placeholderEdit(analysis, disableComment(analysis, finding), REASON_PLACEHOLDER, options),
    });
  }
  return actions;
}

/** The edit inserting the suppression comment for `finding`. */
export function disableComment(analysis: Analysis, finding: Finding): { span: Span; newText: string } {
  const { lines, model } = analysis;
  const line = lines.lineAt(finding.span.start);
  const lineStart = lines.lineStarts[line];
  const block = model.blocks.find((b) => b.start <= finding.span.start && finding.span.start < b.end);
  if (!block || block.start >= lineStart) {
    const indent = /^[ \t>]*/.exec(model.text.slice(lineStart, lines.lineEnd(line)))![0];
    return { span: { start: lineStart, end: lineStart }, newText: `${indent}<!-- copydesk-disable-next-line ${finding.rule} -- ${REASON_PLACEHOLDER} -->${lineBreakOf(model.text)}` };
  }
  const end = lines.lineEnd(line);
  return { span: { start: end, end }, newText: ` <!-- copydesk-disable-line ${finding.rule} -- ${REASON_PLACEHOLDER} -->` };
}

function addSourceAction(analysis: Analysis, span: Span, options: EditOptions): CodeAction | undefined {
  const { model } = analysis;
  const hit = mentionAt(model, span.start) ? sourceAt(model, span.start) : undefined;
  if (!hit || hit.source.declared || !model.frontMatter?.closed) return undefined;
  const edit = addSourceEdit(model, hit.source);
  if (!edit) return undefined;
  return {
    title: `Add "${hit.source.name}" to the front matter sources`,
    kind: ADD_SOURCE_KIND,
    edit: workspaceEdit(analysis, [edit], options),
  };
}

/** The front matter entry for a source found in the body, appended to `sources` (created when absent). */
export function addSourceEdit(model: ArticleModel, source: Source): { span: Span; newText: string } | undefined {
  const frontMatter = model.frontMatter;
  if (!frontMatter) return undefined;
  const block = sourcesBlock(model);
  const newline = lineBreakOf(model.text);
  if (block.flow) return undefined; // `sources: [...]` is rare; rewriting it by hand beats a guess.
  const entry = (indent: string): string => {
    const lines = [`${indent}- name: ${yamlScalar(source.name)}`];
    const inner = `${indent}  `;
    if (source.title) lines.push(`${inner}title: ${yamlScalar(source.title)}`);
    if (source.kind === 'anonymous') {
      lines.push(`${inner}anonymous: true`);
      const reason = source.anonymity.find((a) => a.reason)?.reason;
      if (reason) lines.push(`${inner}reason: ${yamlScalar(reason.text)}`);
    }
    return lines.join(newline);
  };
  const last = block.entries[block.entries.length - 1];
  if (block.value && last) {
    // The YAML node of a block entry runs on over the line breaks after it: back up to its last character.
    let entryEnd = last.span.end;
    while (entryEnd > last.span.start && /\s/.test(model.text[entryEnd - 1])) entryEnd--;
    const end = endOfLine(model.text, entryEnd);
    return { span: { start: end, end }, newText: `${newline}${entry(block.indent)}` };
  }
  if (block.value) {
    // `sources:` with nothing after it: the entry replaces the empty value.
    const keyLine = model.text.lastIndexOf('\n', block.value.start - 1) + 1;
    const colon = model.text.indexOf(':', keyLine);
    const end = endOfLine(model.text, colon);
    return { span: { start: colon + 1, end }, newText: `${newline}${entry('  ')}` };
  }
  const at = frontMatter.content.end;
  const needsNewline = at > 0 && model.text[at - 1] !== '\n';
  return { span: { start: at, end: at }, newText: `${needsNewline ? newline : ''}sources:${newline}${entry('  ')}${newline}` };
}

function fixAllAction(analysis: Analysis, options: EditOptions): CodeAction | undefined {
  const safe = analysis.findings.flatMap((finding) => finding.fixes.filter((fix) => fix.safe));
  if (safe.length === 0) return undefined;
  return {
    title: 'Fix all safe Copydesk problems',
    kind: FIX_ALL_KIND,
    edit: workspaceEdit(analysis, compatibleEdits(safe), options),
  };
}

/** The client's diagnostic for this finding when it sent one, so the editor links the fix to its squiggle. */
function matchingDiagnostic(analysis: Analysis, finding: Finding, context: CodeActionContext): Diagnostic {
  const own = toDiagnostic(finding, analysis.uri, analysis.lines);
  return (
    context.diagnostics.find(
      (d) =>
        d.code === own.code &&
        d.range.start.line === own.range.start.line &&
        d.range.start.character === own.range.start.character &&
        d.range.end.line === own.range.end.line &&
        d.range.end.character === own.range.end.character,
    ) ?? own
  );
}

/** The article's own line break, so an inserted line does not mix `\n` into a CRLF file. */
function lineBreakOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function touches(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

function endOfLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  const end = newline < 0 ? text.length : newline;
  return end > offset && text[end - 1] === '\r' ? end - 1 : end;
}

/** A YAML scalar for a plain value, quoted only when YAML would misread it. */
function yamlScalar(value: string): string {
  return /^[\w][\w .,'/()&-]*$/.test(value) && !/[:#]/.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value)
    ? value
    : JSON.stringify(value);
}
