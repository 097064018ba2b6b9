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
