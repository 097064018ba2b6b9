/**
 * Fix all: applies every unambiguous repair of a document (the preferred quick
 * fix of each finding, and removals of unused suppressions), re-analysing
 * after each round because one fix can move or satisfy another. The LSP's
 * `source.fixAll.onus` and the CLI's `--fix` both use it.
 *
 * Safety: a fix that needs the user's input (a placeholder) is never applied;
 * after each round the text is re-parsed and a round that adds a syntax error
 * is undone and retried one fix at a time; text outside the edits is untouched.
 */
import { applyEdits, renderFix } from '../fixes/render';
import type { RenderedFix, TextEdit } from '../fixes/types';
import { analyzeDocument, type AnalyzeOptions } from './analyze';
import type { OnusDocument } from './document';
import type { Finding } from './finding';
import { parseDocument } from './parse';

export interface FixAllResult {
  text: string;
  /** Titles of the fixes applied, in order. */
  applied: string[];
}

/** The one fix Fix-all applies for a finding, if there is an unambiguous one. */
function chosenFix(document: OnusDocument, finding: Finding): RenderedFix | undefined {
  const text = finding.textFixes?.find((f) => f.kind === 'quickfix' && f.selections.length === 0);
  if (text) return text;
  const quick = finding.fixes.filter((f) => f.kind === 'quickfix');
  const fix = quick.find((f) => f.preferred) ?? (quick.length === 1 ? quick[0] : undefined);
  if (!fix) return undefined;
  const rendered = renderFix(document, fix);
  if (!rendered || rendered.edits.length === 0 || rendered.selections.length > 0) return undefined;
  return rendered;
}

function errorCount(document: OnusDocument): number {
  return document.errors.filter((e) => e.severity === 'error').length;
}

function overlaps(a: readonly TextEdit[], b: readonly TextEdit[]): boolean {
  return a.some((x) => b.some((y) => x.span.start <= y.span.end && y.span.start <= x.span.end));
}

/**
 * `options.unit` are the other documents of the unit (module siblings); the
 * document itself is replaced by each new version.
 */
export function fixAll(uri: string, text: string, options: AnalyzeOptions, maxRounds = 20): FixAllResult {
  const applied: string[] = [];
  let current = text;
  const others = (options.unit ?? []).filter((d) => d.uri !== uri);
  const baseErrors = errorCount(parseDocument(uri, text, options.config));
  const seen = new Set([text]);
  for (let round = 0; round < maxRounds; round++) {
    const document = parseDocument(uri, current, options.config);
    const findings = analyzeDocument(document, { ...options, unit: [document, ...others] });
    const batch: RenderedFix[] = [];
    for (const finding of [...findings].sort((a, b) => a.span.start - b.span.start)) {
      const fix = chosenFix(document, finding);
      if (fix && !batch.some((f) => overlaps(f.edits, fix.edits))) batch.push(fix);
    }
    if (batch.length === 0) break;
    const candidate = applyEdits(current, batch.flatMap((f) => f.edits));
    if (seen.has(candidate)) break; // a fix that does not settle its finding
    seen.add(candidate);
    if (errorCount(parseDocument(uri, candidate, options.config)) <= baseErrors) {
      current = candidate;
      applied.push(...batch.map((f) => f.title));
      continue;
    }
    // Together they break the file: keep the ones that are safe on their own.
    let progressed = false;
    for (const fix of batch) {
      const single = applyEdits(current, fix.edits);
      if (errorCount(parseDocument(uri, single, options.config)) <= baseErrors) {
        current = single;
        applied.push(fix.title);
        progressed = true;
        break; // spans of the rest refer to the old text: re-analyse
      }
    }
    if (!progressed) break;
  }
  return { text: current, applied };
}
