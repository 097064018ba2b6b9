/** The responsibility model as data: duty status per resource, the matrix of a workspace, its renderers. */
export { dutyStatus, checkingRules, findingsOn, type DutyStatus, type Knowledge } from './status';
export {
  responsibilityMatrix,
  unmetDuties,
  dutyCategories,
  type AnalysedFile,
  type Matrix,
  type MatrixRow,
  type MatrixCell,
  type CellStatus,
  type CategoryTotals,
  type MatrixService,
} from './matrix';
export { renderMarkdown, renderJson, renderCsv, matrixData, matrixFormats, type MatrixFormat } from './render';
export { renderHtml } from './render-html';
export { renderMatrix, formatOfFile } from './renderers';
