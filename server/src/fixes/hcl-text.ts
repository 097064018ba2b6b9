/**
 * HCL text for fix values, in `terraform fmt` style: quoted strings with HCL
 * escapes, one attribute per line, nested blocks, the file's indentation unit.
 */
import { isBlockValue, isPlaceholder, isRawHcl, type FixValue } from './types';

export interface Rendered {
  text: string;
  /** Offsets relative to `text` that the user should edit next. */
  selections: { start: number; end: number }[];
}

export interface Layout {
  indent: string;
  unit: string;
  eol: string;
}

const identifier = /^[A-Za-z_][A-Za-z0-9_-]*$/;

export function hclString(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '"' || c === '\\') out += '\\' + c;
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if ((c === '$' || c === '%') && value[i + 1] === '{') out += c + c;
    else out += c;
  }
  return out + '"';
}

export function hclKey(key: string): string {
  return identifier.test(key) ? key : hclString(key);
}

class Builder {
  text = '';
  selections: { start: number; end: number }[] = [];

  add(piece: string | Rendered): this {
    if (typeof piece === 'string') {
      this.text += piece;
      return this;
    }
    for (const s of piece.selections) this.selections.push({ start: s.start + this.text.length, end: s.end + this.text.length });
    this.text += piece.text;
    return this;
  }

  done(): Rendered {
    return { text: this.text, selections: this.selections };
  }
}

/** An expression (attribute value). */
export function renderExpression(value: FixValue, layout: Layout): Rendered {
  if (value === null) return { text: 'null', selections: [] };
  if (typeof value === 'string') return { text: hclString(value), selections: [] };
  if (typeof value === 'number' || typeof value === 'boolean') return { text: String(value), selections: [] };
  if (isPlaceholder(value)) {
    const text = hclString(value.placeholder);
    return { text, selections: [{ start: 1, end: text.length - 1 }] };
  }
  if (isRawHcl(value)) return { text: value.hcl, selections: [] };
  if (isBlockValue(value)) return renderExpression(value.block, layout);
  const b = new Builder();
  if (Array.isArray(value)) {
    b.add('[');
    value.forEach((item, i) => b.add(i ? ', ' : '').add(renderExpression(item, layout)));
    return b.add(']').done();
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return { text: '{}', selections: [] };
  const inner: Layout = { ...layout, indent: layout.indent + layout.unit };
  b.add('{' + layout.eol);
  const width = Math.max(...entries.map(([k]) => hclKey(k).length));
  for (const [key, item] of entries) {
    b.add(inner.indent + hclKey(key).padEnd(width) + ' = ').add(renderExpression(item, inner)).add(layout.eol);
  }
  return b.add(layout.indent + '}').done();
}

/**
 * One body item: `key = value`, or `key { … }` for a block value (an array of
 * block values becomes repeated blocks). `pad` aligns `=` with neighbours.
 */
export function renderItem(key: string, value: FixValue, layout: Layout, pad = 0): Rendered {
  if (isBlockValue(value)) return renderBlock(key, [], value.block, layout);
  if (Array.isArray(value) && value.length > 0 && value.every(isBlockValue)) {
    const b = new Builder();
    value.forEach((v, i) => b.add(i ? layout.eol + layout.indent : '').add(renderBlock(key, [], (v as { block: Record<string, FixValue> }).block, layout)));
    return b.done();
  }
  return new Builder().add(hclKey(key).padEnd(pad) + ' = ').add(renderExpression(value, layout)).done();
}

/** `type "label" { … }` starting at the current position (the caller writes the first indent). */
export function renderBlock(type: string, labels: string[], body: Record<string, FixValue>, layout: Layout): Rendered {
  const b = new Builder().add([type, ...labels.map(hclString)].join(' ') + ' {' + layout.eol);
  const inner: Layout = { ...layout, indent: layout.indent + layout.unit };
  const entries = Object.entries(body);
  // Align `=` across consecutive attributes, as `terraform fmt` does.
  const width = Math.max(0, ...entries.filter(([, v]) => !isBlockValue(v)).map(([k]) => hclKey(k).length));
  let previousWasBlock = false;
  entries.forEach(([key, value], i) => {
    const isBlock = isBlockValue(value) || (Array.isArray(value) && value.length > 0 && value.every(isBlockValue));
    if (i > 0 && isBlock !== previousWasBlock) b.add(layout.eol);
    b.add(inner.indent).add(renderItem(key, value, inner, isBlock ? 0 : width)).add(layout.eol);
    previousWasBlock = isBlock;
  });
  return b.add(layout.indent + '}').done();
}

/** The indentation unit the file uses (first indented line), two spaces by default. */
export function detectIndentUnit(text: string): string {
  const match = /\n([ \t]+)\S/.exec(text);
  if (!match) return '  ';
  return match[1][0] === '\t' ? '\t' : match[1].length >= 2 && match[1].length <= 8 ? match[1] : '  ';
}
