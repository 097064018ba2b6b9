/**
 * The language service: a pure library. The LSP server, the CLI and the tests
 * use only what this file exports.
 */
export { isTerraformSyntax, parseDocument, syntaxForPath } from './engine/parse';
export { analyzeDocument, analyzeDocuments, enabledRules, type AnalyzeOptions } from './engine/analyze';
export type { OnusDocument, DocumentKind, DocumentSyntax } from './engine/document';
export type { Finding } from './engine/finding';
export type { Rule, Severity, Owner, Duty, RuleMeta } from './engine/rule';
export { severityOrder, dutyTitles, ruleNames } from './engine/rule';
export { renderFix, applyEdits } from './fixes/render';
export type { RenderedFix, TextEdit, SemanticFix } from './fixes/types';
export { hoverAt, type HoverResult } from './hover/hover';
export { defaultConfig, resolveConfig, isExcluded, type OnusConfig, type RuleSetting } from './config/types';
export { parseConfigText, findConfigFile, mergeConfig, configFileNames, type ConfigProblem, type ParsedConfig } from './config/file';
export { fixAll, type FixAllResult } from './engine/fix-all';
export { unusedSuppressionId, invalidSuppressionId } from './suppress/apply';
export { LineIndex, type Range, type Position, type Span } from './core/text';
export { allRules } from '../../rules';
export {
  dutyStatus,
  responsibilityMatrix,
  unmetDuties,
  renderMatrix,
  formatOfFile,
  matrixData,
  matrixFormats,
  type AnalysedFile,
  type Matrix,
  type MatrixFormat,
  type DutyStatus,
} from './responsibility';
