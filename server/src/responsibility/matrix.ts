/**
 * The responsibility matrix of a set of analysed files: one row per resource
 * the knowledge base knows, one column per duty category, each cell the
 * customer's duties of that category on that resource (met / not met / not
 * checkable from code, or n/a when the service gives the customer no duty of
 * that category). Everything is sorted and carries no time or absolute path,
 * so a rendered matrix can be committed and compared (`onus matrix --check`).
 *
 * A cell's status: `not-met` when any of its duties is not met; else `met`
 * when at least one is checked and met; else `not-checkable` (every duty of
 * the category needs a person to look). `unchecked` counts the duties of the
 * cell no rule checks, so a met cell can still say "and one more to check by hand".
 */
import { allRules } from '../../../rules';
import { serviceForType, type Cloud } from '../../../rules/knowledge';
import type { Range } from '../core/text';
import type { OnusDocument } from '../engine/document';
import type { Finding } from '../engine/finding';
import { dutyTitles, type Duty, type Rule } from '../engine/rule';
import { dutyStatus, type Knowledge } from './status';

export const dutyCategories = Object.keys(dutyTitles) as Duty[];

/** One analysed file: its document, its findings, and the path to show (relative, `/`-separated). */
export interface AnalysedFile {
  file: string;
  document: OnusDocument;
  findings: readonly Finding[];
  /** The rules on for this file (its configuration may switch some off); default: all given to the matrix. */
  rules?: readonly Rule[];
}

export type CellStatus = 'met' | 'not-met' | 'not-checkable' | 'n/a';

export interface MatrixFinding {
  ruleId: string;
  message: string;
  /** 1-based, like the CLI's JSON report. */
  line: number;
  column: number;
}

export interface DutyCell {
  text: string;
  status: 'met' | 'not-met' | 'not-checkable';
  findings: MatrixFinding[];
}

export interface MatrixCell {
  status: CellStatus;
  /** Duties of this category no rule checks on this resource. */
  unchecked: number;
  duties: DutyCell[];
}

export interface MatrixRow {
  file: string;
  /** The document's URI (for editors; renderers meant to be committed leave it out). */
  uri: string;
  /** The resource header, 1-based lines and columns. */
  range: { start: { line: number; column: number }; end: { line: number; column: number } };
  type: string;
  name: string;
  /** The service's name in the knowledge base. */
  service: string;
  cells: Record<Duty, MatrixCell>;
}

export interface MatrixService {
  id: string;
  name: string;
  cloud: Cloud;
  docs: string;
  provider: string[];
  defaults?: string;
  customer: { duty: Duty; text: string; rules: string[] }[];
}

export interface CategoryTotals {
  met: number;
  notMet: number;
  notCheckable: number;
  /** Rows whose service gives the customer no duty of this category. */
  notApplicable: number;
}

export interface Matrix {
  categories: { id: Duty; title: string }[];
  rows: MatrixRow[];
  services: MatrixService[];
  /** Per category, counted per duty (a cell may hold several) except `notApplicable` (per row). */
  totals: Record<Duty, CategoryTotals>;
  /** Resource types found that the knowledge base has no entry for, with how many of each. */
  unmapped: { type: string; count: number }[];
}

function oneBased(range: Range): MatrixRow['range'] {
  return { start: { line: range.start.line + 1, column: range.start.character + 1 }, end: { line: range.end.line + 1, column: range.end.character + 1 } };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function cellOf(duties: DutyCell[]): MatrixCell {
  if (duties.length === 0) return { status: 'n/a', unchecked: 0, duties };
  const unchecked = duties.filter((d) => d.status === 'not-checkable').length;
  const status = duties.some((d) => d.status === 'not-met') ? 'not-met' : unchecked < duties.length ? 'met' : 'not-checkable';
  return { status, unchecked, duties };
}

/** `rules`: the registered rules (a duty no registered rule checks is not checkable); `knowledge`: the knowledge base lookup. */
export function responsibilityMatrix(files: readonly AnalysedFile[], rules: readonly Rule[] = allRules, knowledge: Knowledge = serviceForType): Matrix {
  const rows: (MatrixRow & { offset: number })[] = [];
  const services = new Map<string, MatrixService>();
  const unmapped = new Map<string, number>();
  for (const { file, document, findings, rules: fileRules } of files) {
    for (const resource of document.resources) {
      if (resource.variants?.length === 0) continue; // its Condition is known false: never created
      const service = knowledge(resource.type);
      if (!service) {
        unmapped.set(resource.type, (unmapped.get(resource.type) ?? 0) + 1);
        continue;
      }
      services.set(`${service.cloud}/${service.id}`, {
        id: service.id,
        name: service.name,
        cloud: service.cloud,
        docs: service.docs,
        provider: service.provider,
        ...(service.defaults ? { defaults: service.defaults } : {}),
        customer: service.customer.map((d) => ({ duty: d.duty, text: d.text, rules: [...d.rules] })),
      });
      const cells = {} as Record<Duty, MatrixCell>;
      for (const category of dutyCategories) {
        const duties = service.customer
          .filter((d) => d.duty === category)
          .map((d): DutyCell => {
            const state = dutyStatus(resource, findings, d, fileRules ?? rules);
            const found = state.status === 'not-met' ? state.findings : [];
            const shown = found.map((f) => ({ ruleId: f.ruleId, message: f.message, line: f.range.start.line + 1, column: f.range.start.character + 1 }));
            shown.sort((a, b) => a.line - b.line || a.column - b.column || compare(a.ruleId, b.ruleId) || compare(a.message, b.message));
            return { text: d.text, status: state.status, findings: shown };
          });
        cells[category] = cellOf(duties);
      }
      const range = oneBased(document.lineIndex.rangeOf(resource.headerSpan));
      rows.push({ file, uri: document.uri, range, type: resource.type, name: resource.name, service: service.name, cells, offset: resource.headerSpan.start });
    }
  }
  rows.sort((a, b) => compare(a.file, b.file) || a.offset - b.offset || compare(a.type, b.type) || compare(a.name, b.name));
  const totals = {} as Record<Duty, CategoryTotals>;
  for (const category of dutyCategories) {
    const t: CategoryTotals = { met: 0, notMet: 0, notCheckable: 0, notApplicable: 0 };
    for (const row of rows) {
      const cell = row.cells[category];
      if (cell.status === 'n/a') t.notApplicable++;
      for (const duty of cell.duties) {
        if (duty.status === 'met') t.met++;
        else if (duty.status === 'not-met') t.notMet++;
        else t.notCheckable++;
      }
    }
    totals[category] = t;
  }
  return {
    categories: dutyCategories.map((id) => ({ id, title: dutyTitles[id] })),
    rows: rows.map(({ offset: _offset, ...row }) => row),
    services: [...services.values()].sort((a, b) => compare(a.cloud, b.cloud) || compare(a.name, b.name)),
    totals,
    unmapped: [...unmapped].map(([type, count]) => ({ type, count })).sort((a, b) => compare(a.type, b.type)),
  };
}

/** Customer duties not met, over the whole matrix (the editor's status bar shows this). */
export function unmetDuties(matrix: Matrix): number {
  return dutyCategories.reduce((sum, c) => sum + matrix.totals[c].notMet, 0);
}
