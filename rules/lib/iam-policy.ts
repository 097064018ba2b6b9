/**
 * IAM policy statements in one shape, whatever the source: a JSON-shaped model
 * value (CloudFormation `PolicyDocument`, a parsed JSON string, `jsonencode`)
 * or a Terraform `data "aws_iam_policy_document"` (rules/lib/iam-policy-source.ts).
 * A part that cannot be known statically is marked incomplete, never guessed:
 * rules report only what is certainly written.
 */
import type { Span } from '../../server/src/core/text';
import { get, objects, str } from '../../server/src/model/query';
import type { MObject, MValue } from '../../server/src/model/types';

/** Stands for an interpolation inside a JSON string (see iam-policy-source.ts): such a string is unknown. */
export const UNKNOWN_MARK = '\uE000';

export interface Item {
  value: string;
  span: Span;
}

/** The strings of one element (`Action`, `Resource`…). */
export interface Values {
  present: boolean;
  items: Item[];
  /** False when some item (or the whole element) cannot be known statically. */
  complete: boolean;
}

export interface Principal extends Item {
  /** `AWS`, `Service`, `Federated`, `CanonicalUser`, or `*` for `"Principal": "*"`. */
  type: string;
}

export interface Statement {
  /** The statement as a whole (its object, or the data source's `statement` block). */
  span: Span;
  /** `Allow`, `Deny`, or undefined when not known. */
  effect?: string;
  action: Values;
  notAction: Values;
  resource: Values;
  notResource: Values;
  principals: { present: boolean; items: Principal[]; complete: boolean };
  /** A `Condition` is written (an unknown one counts: it may restrict). */
  conditioned: boolean;
}

const absent: Values = { present: false, items: [], complete: true };

function spanOf(value: MValue, fallback: Span): Span {
  return value.span ?? fallback;
}

function known(value: string): boolean {
  return !value.includes(UNKNOWN_MARK);
}

/** A string or a list of strings, as IAM allows for every element. */
export function valuesOf(value: MValue | undefined, fallback: Span): Values {
  if (!value || (value.kind === 'scalar' && value.value === null)) return absent;
  const list = value.kind === 'list' ? value.items : [value];
  const items: Item[] = [];
  let complete = value.kind === 'list' || value.kind === 'scalar';
  for (const item of list) {
    if (item.kind === 'scalar' && typeof item.value === 'string' && known(item.value)) items.push({ value: item.value, span: spanOf(item, fallback) });
    else complete = false;
  }
  return { present: true, items, complete };
}

function principalsOf(value: MValue | undefined, fallback: Span): Statement['principals'] {
  if (!value) return { present: false, items: [], complete: true };
  if (value.kind === 'scalar' && typeof value.value === 'string' && known(value.value)) return { present: true, items: [{ type: '*', value: value.value, span: spanOf(value, fallback) }], complete: true };
  if (value.kind !== 'object') return { present: true, items: [], complete: false };
  const items: Principal[] = [];
  let complete = true;
  for (const [type, entry] of value.entries) {
    const values = valuesOf(entry.value, fallback);
    complete &&= values.complete;
    for (const item of values.items) items.push({ type, ...item });
  }
  return { present: true, items, complete };
}

function statementOf(object: MObject, fallback: Span): Statement {
  const effect = get(object, 'Effect');
  return {
    span: spanOf(object, fallback),
    effect: str(effect),
    action: valuesOf(get(object, 'Action'), fallback),
    notAction: valuesOf(get(object, 'NotAction'), fallback),
    resource: valuesOf(get(object, 'Resource'), fallback),
    notResource: valuesOf(get(object, 'NotResource'), fallback),
    principals: principalsOf(get(object, 'Principal'), fallback),
    conditioned: isWritten(get(object, 'Condition')),
  };
}

function isWritten(value: MValue | undefined): boolean {
  if (!value) return false;
  if (value.kind === 'object') return value.entries.size > 0;
  if (value.kind === 'scalar') return value.value !== null;
  return true;
}

/** The statements of a JSON-shaped policy document (`{"Statement": …}`); unknown statements are skipped. */
export function jsonStatements(document: MValue | undefined, fallback: Span): Statement[] {
  if (document?.kind !== 'object') return [];
  return objects(document, 'Statement').map((s) => statementOf(s, fallback));
}

/**
 * The statements of a `data "aws_iam_policy_document"` body: `statement` blocks
 * (effect defaults to Allow), `principals` / `condition` blocks.
 */
export function dataSourceStatements(body: MObject, fallback: Span): Statement[] {
  return objects(body, 'statement').map((block) => {
    const effect = get(block, 'effect');
    const items: Principal[] = [];
    let complete = true;
    const blocks = objects(block, 'principals');
    for (const p of blocks) {
      const type = str(get(p, 'type'));
      const identifiers = valuesOf(get(p, 'identifiers'), fallback);
      if (type === undefined) complete = false;
      complete &&= identifiers.complete;
      if (type !== undefined) for (const item of identifiers.items) items.push({ type, ...item });
    }
    return {
      span: spanOf(block, fallback),
      effect: effect === undefined ? 'Allow' : str(effect),
      action: valuesOf(get(block, 'actions'), fallback),
      notAction: valuesOf(get(block, 'not_actions'), fallback),
      resource: valuesOf(get(block, 'resources'), fallback),
      notResource: valuesOf(get(block, 'not_resources'), fallback),
      principals: { present: blocks.length > 0, items, complete },
      conditioned: objects(block, 'condition').length > 0 || isWritten(get(block, 'condition')),
    };
  });
}

/** `"*"` written in a Principal: the whole `Principal: "*"`, or `*` for an AWS (or any) principal. */
export function anyonePrincipals(statement: Statement): Principal[] {
  return statement.principals.items.filter((p) => p.value === '*' && (p.type === '*' || p.type === 'AWS'));
}
