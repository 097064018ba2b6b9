/** The wire shape of the server's `onus/matrix` answer (server/src/responsibility/matrix.ts), as far as the client reads it. */
export type CellStatus = 'met' | 'not-met' | 'not-checkable' | 'n/a';

export interface WireMatrixCell {
  status: CellStatus;
  unchecked: number;
  duties: { text: string; status: Exclude<CellStatus, 'n/a'>; findings: { ruleId: string; message: string; line: number; column: number }[] }[];
}

export interface WireMatrixRow {
  file: string;
  uri: string;
  /** 1-based lines and columns. */
  range: { start: { line: number; column: number }; end: { line: number; column: number } };
  type: string;
  name: string;
  service: string;
  cells: Record<string, WireMatrixCell>;
}

export interface WireMatrix {
  categories: { id: string; title: string }[];
  rows: WireMatrixRow[];
  services: { id: string; name: string; cloud: string; docs: string; provider: string[]; defaults?: string }[];
  totals: Record<string, { met: number; notMet: number; notCheckable: number; notApplicable: number }>;
  unmapped: { type: string; count: number }[];
}

export const matrixRequest = 'onus/matrix';

/** Customer duties not met in the whole matrix (what the status bar shows). */
export function unmetCount(matrix: WireMatrix): number {
  return Object.values(matrix.totals).reduce((sum, t) => sum + t.notMet, 0);
}
