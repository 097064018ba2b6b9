/**
 * Token kinds of the main (non-template) HCL scanner. Plain numeric constants
 * rather than an enum so that comparisons stay cheap integer checks.
 */
export const T_EOF: number = 0;
export const T_NEWLINE: number = 1;
export const T_IDENT: number = 2;
export const T_NUMBER: number = 3;
/** An opening `"`; the template scanner takes over after it. */
export const T_QUOTE: number = 4;
/** `<<EOT` or `<<-EOT` plus its line ending; the template scanner takes over after it. */
export const T_HEREDOC: number = 5;
export const T_LBRACE: number = 6;
export const T_RBRACE: number = 7;
export const T_LBRACK: number = 8;
export const T_RBRACK: number = 9;
export const T_LPAREN: number = 10;
export const T_RPAREN: number = 11;
export const T_COMMA: number = 12;
export const T_DOT: number = 13;
export const T_ELLIPSIS: number = 14;
export const T_COLON: number = 15;
export const T_DCOLON: number = 16;
export const T_QUESTION: number = 17;
export const T_EQUAL: number = 18;
export const T_FATARROW: number = 19;
export const T_EQEQ: number = 20;
export const T_NEQ: number = 21;
export const T_LT: number = 22;
export const T_GT: number = 23;
export const T_LE: number = 24;
export const T_GE: number = 25;
export const T_AND: number = 26;
export const T_OR: number = 27;
export const T_PLUS: number = 28;
export const T_MINUS: number = 29;
export const T_STAR: number = 30;
export const T_SLASH: number = 31;
export const T_PERCENT: number = 32;
export const T_BANG: number = 33;
/** `~}`: closes a template sequence with a strip marker. */
export const T_TILDE_RBRACE: number = 34;
/** Any character the language does not use here (`$`, `;`, a lone `&`...). */
export const T_INVALID: number = 35;

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
