/**
 * Token kinds of the main (non-template) HCL scanner. Plain numeric constants
 * rather than an enum so that comparisons stay cheap integer checks.
 */
export const T_EOF = 0;
export const T_NEWLINE = 1;
export const T_IDENT = 2;
export const T_NUMBER = 3;
/** An opening `"`; the template scanner takes over after it. */
export const T_QUOTE = 4;
/** `<<EOT` or `<<-EOT` plus its line ending; the template scanner takes over after it. */
export const T_HEREDOC = 5;
export const T_LBRACE = 6;
export const T_RBRACE = 7;
export const T_LBRACK = 8;
export const T_RBRACK = 9;
export const T_LPAREN = 10;
export const T_RPAREN = 11;
export const T_COMMA = 12;
export const T_DOT = 13;
export const T_ELLIPSIS = 14;
export const T_COLON = 15;
export const T_DCOLON = 16;
export const T_QUESTION = 17;
export const T_EQUAL = 18;
export const T_FATARROW = 19;
export const T_EQEQ = 20;
export const T_NEQ = 21;
export const T_LT = 22;
export const T_GT = 23;
export const T_LE = 24;
export const T_GE = 25;
export const T_AND = 26;
export const T_OR = 27;
export const T_PLUS = 28;
export const T_MINUS = 29;
export const T_STAR = 30;
export const T_SLASH = 31;
export const T_PERCENT = 32;
export const T_BANG = 33;
/** `~}`: closes a template sequence with a strip marker. */
export const T_TILDE_RBRACE = 34;
/** Any character the language does not use here (`$`, `;`, a lone `&`...). */
export const T_INVALID = 35;

/** How a token is named in error messages. */
export function describeToken(kind: number, text: string, start: number, end: number): string {
  switch (kind) {
    case T_EOF:
      return 'the end of the file';
    case T_NEWLINE:
      return 'a newline';
    case T_IDENT:
      return `"${text.slice(start, end)}"`;
    case T_NUMBER:
      return `the number ${text.slice(start, end)}`;
    case T_QUOTE:
      return 'a string';
    case T_HEREDOC:
      return 'a heredoc';
    default:
      return `"${text.slice(start, end)}"`;
  }
}
