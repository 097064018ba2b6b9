/**
 * Renders semantic changes as minimal edits to Terraform (HCL) text: a new
 * attribute goes on its own line before the closing brace, indented like its
 * neighbours; nothing outside the edit changes.
 */
import type { OnusDocument } from '../engine/document';
import type * as hcl from '../hcl/ast';
import type { MList, MObject, MValue } from '../model/types';
import { detectIndentUnit, hclKey, renderBlock, renderExpression, renderItem, type Layout, type Rendered } from './hcl-text';
import type { RenderedEdit } from './render';
import { isBlockValue, type FixValue, type SemanticChange } from './types';

export function renderHclChange(document: OnusDocument, change: SemanticChange): RenderedEdit[] {
  const r = new HclRenderer(document);
  switch (change.kind) {
    case 'set':
      return r.set(change.target, change.key, change.asBlock && !isBlockValue(change.value) ? { block: change.value as Record<string, FixValue> } : change.value);
    case 'replace':
      return r.replace(change.target, change.value);
    case 'append':
      return r.append(change.target, change.value);
    case 'commentAbove':
      return r.commentAbove(change.at.start, change.text, change.select);
    case 'addResource':
      return r.addResource(change.after.end, change.type, change.name, change.body);
  }
}

class HclRenderer {
  private readonly unit: string;
  private readonly eol: string;

  constructor(private readonly document: OnusDocument) {
    this.unit = detectIndentUnit(document.text);
    this.eol = document.lineIndex.eol;
  }

  private layout(indent: string): Layout {
    return { indent, unit: this.unit, eol: this.eol };
  }

  private indentOf(offset: number): string {
    return this.document.lineIndex.indentAt(offset);
  }

  private edit(start: number, end: number, rendered: Rendered | string): RenderedEdit {
    const r = typeof rendered === 'string' ? { text: rendered, selections: [] } : rendered;
    return { span: { start, end }, newText: r.text, selections: r.selections };
  }

  private wrap(prefix: string, rendered: Rendered, suffix: string): Rendered {
    return {
      text: prefix + rendered.text + suffix,
      selections: rendered.selections.map((s) => ({ start: s.start + prefix.length, end: s.end + prefix.length })),
    };
  }

  set(target: MObject, key: string, value: FixValue): RenderedEdit[] {
    const syntax = target.syntax;
    if (!syntax) {
      if (!target.parent) throw new Error('object has no place in the file');
      return this.set(target.parent.object, target.parent.key, { block: { [key]: value } });
    }
    if (syntax.format === 'hcl-body') return this.setInBody(target, syntax.body, syntax.block, key, value);
    if (syntax.format === 'hcl-object') return this.setInObject(target, syntax.expr, key, value);
    throw new Error(`not an HCL object: ${syntax.format}`);
  }

  private setInBody(target: MObject, body: hcl.Body, block: hcl.Block | undefined, key: string, value: FixValue): RenderedEdit[] {
    const existing = target.entries.get(key);
    if (existing && !existing.asBlock) return this.replace(existing.value, isBlockValue(value) ? value.block : value);
    if (existing?.asBlock && isBlockValue(value) && existing.value.kind === 'list') {
      const first = existing.value.items.find((i): i is MObject => i.kind === 'object');
      if (first) return Object.entries(value.block).flatMap(([k, v]) => this.set(first, k, v));
    }
    if (!block) return this.appendToFile(key, value);
    if (!block.closeBrace) throw new Error('block is not closed');
    const blockIndent = this.indentOf(block.span.start);
    const index = this.document.lineIndex;
    const sameLine = index.positionAt(block.openBrace.end).line === index.positionAt(block.closeBrace.start).line;
    if (sameLine) {
      // `x {}` or `x { a = 1 }`: open the block up, one item per line.
      const inner = this.layout(blockIndent + this.unit);
      const kept = body.items.map((item) => inner.indent + this.document.text.slice(item.span.start, item.span.end) + this.eol).join('');
      const item = renderItem(key, value, inner);
      return [this.edit(block.openBrace.end, block.closeBrace.start, this.wrap(this.eol + kept + inner.indent, item, this.eol + blockIndent))];
    }
    const itemIndent = body.items.length ? this.indentOf(body.items[0].span.start) : blockIndent + this.unit;
    const last = body.items[body.items.length - 1];
    const pad = last?.kind === 'attribute' && index.positionAt(last.span.end).line === index.positionAt(block.closeBrace.start).line - 1 ? last.nameSpan.end - last.nameSpan.start : 0;
    const gap = last?.kind === 'attribute' && isBlockValue(value) ? this.eol : '';
    // `terraform fmt` aligns `=` only across single-line attributes.
    const plain = renderItem(key, value, this.layout(itemIndent));
    const item = plain.text.includes('\n') ? plain : renderItem(key, value, this.layout(itemIndent), equalsColumn(this.document.text, last, pad));
    const closeLineStart = index.lineStart(index.positionAt(block.closeBrace.start).line);
    if (this.document.text.slice(closeLineStart, block.closeBrace.start).trim() === '') {
      return [this.edit(closeLineStart, closeLineStart, this.wrap(gap + itemIndent, item, this.eol))];
    }
    return [this.edit(block.closeBrace.start, block.closeBrace.start, this.wrap(this.eol + gap + itemIndent, item, this.eol + blockIndent))];
  }

  private setInObject(target: MObject, expr: hcl.ObjectExpr, key: string, value: FixValue): RenderedEdit[] {
    const existing = target.entries.get(key);
    if (existing) return this.replace(existing.value, value);
    const index = this.document.lineIndex;
    const close = expr.span.end - 1;
    const objectIndent = this.indentOf(expr.span.start);
    const itemText = (layout: Layout) => this.wrap(hclKey(key) + ' = ', renderExpression(value, layout), '');
    if (expr.items.length === 0) {
      const inner = this.layout(objectIndent + this.unit);
      return [this.edit(expr.span.start + 1, close, this.wrap(this.eol + inner.indent, itemText(inner), this.eol + objectIndent))];
    }
    const last = expr.items[expr.items.length - 1];
    if (index.positionAt(expr.span.start).line === index.positionAt(expr.span.end).line) {
      const comma = this.document.text.slice(last.span.end, close).includes(',') ? ' ' : ', ';
      return [this.edit(last.span.end, last.span.end, this.wrap(comma, itemText(this.layout(objectIndent)), ''))];
    }
    const itemIndent = this.indentOf(expr.items[0].span.start);
    const lastLine = index.positionAt(last.span.end).line;
    const at = index.offsetAt({ line: lastLine + 1, character: 0 });
    const closeLineStart = index.lineStart(index.positionAt(close).line);
    if (at <= closeLineStart) return [this.edit(at, at, this.wrap(itemIndent, itemText(this.layout(itemIndent)), this.eol))];
    return [this.edit(close, close, this.wrap(this.eol + itemIndent, itemText(this.layout(itemIndent)), this.eol + objectIndent))];
  }

  replace(target: MValue, value: FixValue): RenderedEdit[] {
    if (!target.span) throw new Error('value has no place in the file');
    return [this.edit(target.span.start, target.span.end, renderExpression(value, this.layout(this.indentOf(target.span.start))))];
  }

  append(target: MList, value: FixValue): RenderedEdit[] {
    if (!target.span) throw new Error('list has no place in the file');
    const close = target.span.end - 1;
    if (this.document.text[close] !== ']') throw new Error('not a tuple');
    const rendered = renderExpression(value, this.layout(this.indentOf(target.span.start)));
    const last = target.items[target.items.length - 1];
    if (!last?.span) return [this.edit(target.span.start + 1, close, rendered)];
    return [this.edit(last.span.end, last.span.end, this.wrap(', ', rendered, ''))];
  }

  commentAbove(offset: number, text: string, select?: string): RenderedEdit[] {
    const lineStart = this.document.lineIndex.lineStart(this.document.lineIndex.positionAt(offset).line);
    const prefix = `${this.indentOf(offset)}# `;
    const at = select ? text.indexOf(select) : -1;
    const selections = at >= 0 && select ? [{ start: prefix.length + at, end: prefix.length + at + select.length }] : [];
    return [this.edit(lineStart, lineStart, { text: prefix + text + this.eol, selections })];
  }

  addResource(after: number, type: string, name: string, body: Record<string, FixValue>): RenderedEdit[] {
    const block = renderBlock('resource', [type, name], body, this.layout(''));
    return [this.edit(after, after, this.wrap(this.eol + this.eol, block, ''))];
  }

  private appendToFile(key: string, value: FixValue): RenderedEdit[] {
    const end = this.document.text.length;
    const lead = end === 0 || this.document.text.endsWith('\n') ? '' : this.eol;
    return [this.edit(end, end, this.wrap(lead, renderItem(key, value, this.layout('')), this.eol))];
  }
}

/** The `=` padding that lines a new attribute up with the attribute above it. */
function equalsColumn(text: string, last: hcl.BodyItem | undefined, nameLength: number): number {
  if (!nameLength || last?.kind !== 'attribute') return 0;
  let i = last.nameSpan.end;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i - last.nameSpan.start - 1;
}
