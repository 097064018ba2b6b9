/**
 * The one place where engine values become LSP values: spans → ranges,
 * findings and syntax errors → diagnostics, rendered fixes → code actions,
 * hover results → hovers.
 */
import {
  CodeActionKind,
  DiagnosticSeverity,
  DiagnosticTag,
  MarkupKind,
  type CodeAction,
  type Diagnostic,
  type Hover,
  type Position,
  type Range,
} from 'vscode-languageserver/node';
import { LineIndex, applyEdits, unusedSuppressionId, type ConfigProblem, type Finding, type HoverResult, type OnusDocument, type RenderedFix, type Severity, type Span } from '../index';
import { ruleDocsUrl } from '../workspace';

export const diagnosticSource = 'onus';
/** The diagnostic code of syntax errors (the same id the CLI's SARIF uses). */
export const syntaxErrorCode = 'onus-syntax-error';
/** Client command that selects a range in an editor (placeholders after a fix). */
export const selectRangeCommand = 'onus.selectRange';

/** What a diagnostic carries to find its finding again. */
export interface FindingData {
  ruleId: string;
  messageId: string;
  severity: Severity;
  span: Span;
  resource: string;
}

const severities: Record<Severity, DiagnosticSeverity> = {
  critical: DiagnosticSeverity.Error,
  high: DiagnosticSeverity.Warning,
  medium: DiagnosticSeverity.Warning,
  low: DiagnosticSeverity.Information,
  info: DiagnosticSeverity.Hint,
};

export function toSeverity(severity: Severity): DiagnosticSeverity {
  return severities[severity];
}

export function toRange(document: OnusDocument, span: Span): Range {
  return document.lineIndex.rangeOf(span);
}

export function toOffset(document: OnusDocument, position: Position): number {
  return document.lineIndex.offsetAt(position);
}

export function findingDiagnostic(finding: Finding): Diagnostic {
  const data: FindingData = {
    ruleId: finding.ruleId,
    messageId: finding.messageId,
    severity: finding.severity,
    span: { start: finding.span.start, end: finding.span.end },
    resource: `${finding.resource.type}.${finding.resource.name}`,
  };
  return {
    range: { start: { ...finding.range.start }, end: { ...finding.range.end } },
    severity: toSeverity(finding.severity),
    source: diagnosticSource,
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId) },
    message: finding.message,
    ...(finding.ruleId === unusedSuppressionId ? { tags: [DiagnosticTag.Unnecessary] } : {}),
    data,
  };
}

/** The diagnostic code of problems in `.onus.yaml`. */
export const configErrorCode = 'onus-config';

export function configDiagnostics(text: string, problems: readonly ConfigProblem[]): Diagnostic[] {
  const lines = new LineIndex(text);
  return problems.map((p) => ({
    range: lines.rangeOf(p.span),
    severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: diagnosticSource,
    code: configErrorCode,
    message: p.message,
  }));
}

/** Syntax errors and skipped-file notices of a document. */
export function syntaxDiagnostics(document: OnusDocument): Diagnostic[] {
  return document.errors.map((error) => ({
    range: toRange(document, error.span),
    severity: error.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: diagnosticSource,
    ...(error.severity === 'error' ? { code: syntaxErrorCode } : {}),
    message: error.message,
  }));
}

/**
 * VS Code shows at most 1,000 diagnostics per file (the most severe first) and drops the rest in
 * the extension host, after they were encoded, sent and decoded. The same selection is made here,
 * so a 5 MB template with 20,000 findings costs a keystroke 1,000 diagnostics, not 12 MB of JSON.
 */
export const defaultDiagnosticsLimit = 1000;

const severityRank: Record<Severity, number> = { critical: 0, high: 1, medium: 1, low: 2, info: 3 };

function byPlace(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** The `limit` most severe findings, the first in document order among equally severe ones (no sort of all 20,000). */
function mostSevere(findings: readonly Finding[], limit: number): Finding[] {
  const counts = [0, 0, 0, 0];
  for (const f of findings) counts[severityRank[f.severity]]++;
  let cut = 0;
  let room = limit;
  while (cut < counts.length && counts[cut] <= room) room -= counts[cut++];
  const kept = findings.filter((f) => severityRank[f.severity] < cut);
  if (cut < counts.length && room > 0) kept.push(...findings.filter((f) => severityRank[f.severity] === cut).sort(byPlace).slice(0, room));
  return kept;
}

/**
 * Syntax errors, then findings in document order; above `limit` findings (0: no limit), the most
 * severe `limit` and one notice at the top of the file saying how many are not shown and where to see them.
 */
export function documentDiagnostics(document: OnusDocument, findings: readonly Finding[], limit = defaultDiagnosticsLimit): Diagnostic[] {
  const syntax = syntaxDiagnostics(document);
  if (limit <= 0 || findings.length <= limit) return [...syntax, ...[...findings].sort(byPlace).map(findingDiagnostic)];
  const kept = mostSevere(findings, limit).sort(byPlace);
  const notice: Diagnostic = {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: diagnosticSource,
    code: diagnosticsLimitCode,
    message: `Onus found ${findings.length.toLocaleString('en-US')} problems in this file and shows the ${limit.toLocaleString('en-US')} most severe. Every finding: \`onus scan\` or the Responsibility Matrix; more here: setting onus.maxDiagnosticsPerFile (VS Code itself shows at most 1,000 per file).`,
  };
  return [...syntax, notice, ...kept.map(findingDiagnostic)];
}

/** The code of the notice that some findings of a file are not shown. */
export const diagnosticsLimitCode = 'onus-diagnostics-limit';

export function toCodeAction(document: OnusDocument, diagnostic: Diagnostic, fix: RenderedFix): CodeAction {
  const action: CodeAction = {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: fix.kind === 'quickfix' && fix.preferred,
    edit: {
      changes: {
        [document.uri]: fix.edits.map((edit) => ({ range: toRange(document, edit.span), newText: edit.newText })),
      },
    },
  };
  if (fix.selections.length > 0) {
    const after = new LineIndex(applyEdits(document.text, fix.edits));
    action.command = { title: 'Select placeholder', command: selectRangeCommand, arguments: [document.uri, after.rangeOf(fix.selections[0])] };
  }
  return action;
}

export function toHover(document: OnusDocument, result: HoverResult): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: toRange(document, result.span) };
}
