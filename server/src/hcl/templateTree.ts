/**
 * Turns the flat template tokens into TemplatePart trees, after applying
 * heredoc indentation stripping (`<<-`) and joining adjacent literals,
 * in the same order as HCL (strip markers, then flush, then meld).
 */
import type { Expression, TemplateExpr, TemplateFor, TemplateIf, TemplateInterpolation, TemplatePart } from './ast';
import * as Chars from './chars';
import type { Parser } from './parser';

// Bound locally: under tsx each access to another module's export is a getter call.
const { isSpaceCode } = Chars;

export interface FlatText {
  t: 0;
  /** Escapes decoded, strip markers applied. */
  value: string;
  start: number;
  end: number;
}
export interface FlatInterp {
  t: 1;
  part: TemplateInterpolation;
}
export interface FlatDirective {
  t: 2;
  kw: 'if' | 'else' | 'endif' | 'for' | 'endfor';
  start: number;
  end: number;
  cond?: Expression;
  keyVar?: string;
  valueVar?: string;
  collection?: Expression;
}
export type Flat = FlatText | FlatInterp | FlatDirective;

export function buildTemplate(
  p: Parser,
  flat: Flat[],
  start: number,
  end: number,
  contentStart: number,
  heredoc?: { marker: string; indented: boolean },
): TemplateExpr {
  let parts: TemplatePart[];
  if (flat.length === 1 && flat[0].t === 0) {
    // The common case: a plain string.
    const f = flat[0];
    if (heredoc?.indented) flushIndent(flat);
    parts = [{ kind: 'text', value: f.value, span: { start: f.start, end: f.end } }];
  } else {
    if (heredoc?.indented) flushIndent(flat);
    const st = { k: 0 };
    parts = sequence(p, meld(flat), st, true);
  }
  if (parts.length === 0) parts.push({ kind: 'text', value: '', span: { start: contentStart, end: contentStart } });
  const node: TemplateExpr = { kind: 'template', parts, span: { start, end } };
  if (heredoc) node.heredoc = heredoc;
  return node;
}

/**
 * `<<-`: find the smallest indentation of the lines (blank lines aside; a
 * line starting with a sequence counts as 0) and remove that many leading
 * white-space characters from every line-leading literal.
 */
function flushIndent(flat: Flat[]): void {
  let min = Infinity;
  let lineStart = true;
  const adjust: FlatText[] = [];
  for (const f of flat) {
    if (lineStart) {
      lineStart = false;
      let spaces = 0;
      if (f.t === 0) {
        const v = f.value;
        let lead = 0;
        while (lead < v.length && isSpaceCode(v.charCodeAt(lead))) lead++;
        if (lead === v.length && v.charCodeAt(v.length - 1) === 10) spaces = Infinity;
        else {
          spaces = lead;
          adjust.push(f);
        }
      }
      if (spaces < min) min = spaces;
    }
    if (f.t === 0 && f.value.charCodeAt(f.value.length - 1) === 10) lineStart = true;
  }
  if (min === 0 || min === Infinity) return;
  for (const f of adjust) f.value = f.value.slice(min);
}

/** Joins consecutive literals into one. */
function meld(flat: Flat[]): Flat[] {
  const out: Flat[] = [];
  for (const f of flat) {
    const last = out[out.length - 1];
    if (f.t === 0 && last !== undefined && last.t === 0) out[out.length - 1] = { t: 0, value: last.value + f.value, start: last.start, end: f.end };
    else out.push(f);
  }
  return out;
}

/** Parts up to the end, or (not at the root) up to an else/endif/endfor marker. */
function sequence(p: Parser, flat: Flat[], st: { k: number }, root: boolean): TemplatePart[] {
  const out: TemplatePart[] = [];
  while (st.k < flat.length) {
    const f = flat[st.k];
    if (f.t === 0) {
      out.push({ kind: 'text', value: f.value, span: { start: f.start, end: f.end } });
      st.k++;
    } else if (f.t === 1) {
      out.push(f.part);
      st.k++;
    } else if (f.kw === 'if' || f.kw === 'for') {
      st.k++;
      out.push(f.kw === 'if' ? templateIf(p, flat, st, f) : templateFor(p, flat, st, f));
    } else if (!root) return out;
    else {
      p.error(`Unexpected ${f.kw} directive: there is no ${f.kw === 'endfor' ? 'for' : 'if'} directive for it to close.`, f.start, f.end);
      st.k++;
    }
  }
  return out;
}

function partsEnd(parts: TemplatePart[], fallback: number): number {
  return parts.length > 0 ? Math.max(fallback, parts[parts.length - 1].span.end) : fallback;
}

function templateIf(p: Parser, flat: Flat[], st: { k: number }, open: FlatDirective): TemplateIf {
  const then = sequence(p, flat, st, false);
  let els: TemplatePart[] | undefined;
  let end: number;
  for (;;) {
    const f = flat[st.k] as FlatDirective | undefined;
    if (f === undefined) {
      p.error('Unexpected end of template: the if directive is missing its corresponding endif directive.', open.start, open.end);
      end = partsEnd(els ?? then, open.end);
      break;
    }
    st.k++;
    if (f.kw === 'endif') {
      end = f.end;
      break;
    }
    if (f.kw === 'else' && els === undefined) {
      els = sequence(p, flat, st, false);
      continue;
    }
    p.error(
      f.kw === 'else' ? 'Unexpected else directive: this if directive already has an else clause.' : `Unexpected ${f.kw} directive: expecting the endif of this if directive.`,
      f.start,
      f.end,
    );
    (els ?? then).push(...sequence(p, flat, st, false));
  }
  const node: TemplateIf = { kind: 'if', cond: open.cond ?? p.invalidAt(open.end), then, span: { start: open.start, end } };
  if (els !== undefined) node.else = els;
  return node;
}

function templateFor(p: Parser, flat: Flat[], st: { k: number }, open: FlatDirective): TemplateFor {
  const body = sequence(p, flat, st, false);
  let end: number;
  for (;;) {
    const f = flat[st.k] as FlatDirective | undefined;
    if (f === undefined) {
      p.error('Unexpected end of template: the for directive is missing its corresponding endfor directive.', open.start, open.end);
      end = partsEnd(body, open.end);
      break;
    }
    st.k++;
    if (f.kw === 'endfor') {
      end = f.end;
      break;
    }
    p.error(
      f.kw === 'else' ? 'Unexpected else directive: a for directive has no else clause.' : `Unexpected ${f.kw} directive: expecting the endfor of this for directive.`,
      f.start,
      f.end,
    );
    body.push(...sequence(p, flat, st, false));
  }
  const node: TemplateFor = {
    kind: 'for',
    valueVar: open.valueVar ?? '',
    collection: open.collection ?? p.invalidAt(open.end),
    body,
    span: { start: open.start, end },
  };
  if (open.keyVar !== undefined) node.keyVar = open.keyVar;
  return node;
}
