/** Reports that are not rule findings: files that do not parse, and parse warnings (files skipped). */
export interface PseudoRule {
  id: string;
  name: string;
  title: string;
  description: string;
}

export const syntaxErrorRule: PseudoRule = {
  id: 'onus-syntax-error',
  name: 'OnusSyntaxError',
  title: 'The file does not parse',
  description: 'Onus could not parse this file, so its resources were not checked. Fix the syntax error; the scan fails until the file parses.',
};

export const parseWarningRule: PseudoRule = {
  id: 'onus-parse-warning',
  name: 'OnusParseWarning',
  title: 'The file was skipped or only partly read',
  description: 'A parse warning, or a file Onus skipped (too large, binary). Its resources may not have been checked.',
};

/** Findings about suppressions themselves (engine `suppress/apply.ts`). */
export const suppressionRules: PseudoRule[] = [
  {
    id: 'onus-unused-suppression',
    name: 'OnusUnusedSuppression',
    title: 'A suppression suppresses nothing',
    description: 'An onus:ignore comment or Metadata entry that matches no finding where it stands (the rule passes, the id is misspelt, or the suppression is misplaced). Remove it so it cannot hide a future finding.',
  },
  {
    id: 'onus-invalid-suppression',
    name: 'OnusInvalidSuppression',
    title: 'A suppression is not accepted by the configuration',
    description: 'The suppression lacks a reason or an expiry the configuration requires, expires too far ahead, has a malformed date, or in-file suppressions are disabled. It does not suppress anything.',
  },
];
