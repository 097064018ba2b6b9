/**
 * Bucket IAM policies as written: a `policy_data` JSON string (a literal or
 * `jsonencode(...)`, which the model evaluates), or a reference to a
 * `data "google_iam_policy"` block of the module, read from its syntax (data
 * sources are not in the model). Only literal members are returned.
 */
import type { OnusDocument } from '../../../server/src/engine/document';
import type * as hcl from '../../../server/src/hcl/ast';
import type { MValue } from '../../../server/src/model/types';

export interface PolicyMember {
  role: string;
  member: string;
}

function literal(expr: hcl.Expression | undefined): string | undefined {
  if (expr?.kind === 'template' && expr.parts.length === 1 && expr.parts[0].kind === 'text') return expr.parts[0].value;
  return undefined;
}

function attribute(body: hcl.Body, name: string): hcl.Expression | undefined {
  for (const item of body.items) if (item.kind === 'attribute' && item.name === name) return item.expr;
  return undefined;
}

/** Members of a JSON policy document (`{"bindings": [{"role": …, "members": […]}]}`); undefined when it is not one. */
export function jsonPolicyMembers(text: string): PolicyMember[] | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  const bindings = (doc as { bindings?: unknown }).bindings;
  if (!Array.isArray(bindings)) return undefined;
  return bindings.flatMap((b: { role?: unknown; members?: unknown }) =>
    typeof b?.role === 'string' && Array.isArray(b.members) ? b.members.filter((m): m is string => typeof m === 'string').map((member) => ({ role: b.role as string, member })) : [],
  );
}

/** Members of `data "google_iam_policy" "<name>"` in the unit, from its `binding` blocks. */
export function dataPolicyMembers(documents: readonly OnusDocument[], name: string): PolicyMember[] | undefined {
  for (const document of documents) {
    for (const item of document.hcl?.body.items ?? []) {
      if (item.kind !== 'block' || item.type !== 'data' || item.labels[0]?.value !== 'google_iam_policy' || item.labels[1]?.value !== name) continue;
      const members: PolicyMember[] = [];
      for (const binding of item.body.items) {
        if (binding.kind !== 'block' || binding.type !== 'binding') continue;
        const role = literal(attribute(binding.body, 'role')) ?? '(unknown role)';
        const list = attribute(binding.body, 'members');
        if (list?.kind !== 'tuple') continue;
        for (const m of list.items) {
          const member = literal(m);
          if (member !== undefined) members.push({ role, member });
        }
      }
      return members;
    }
  }
  return undefined;
}

/** The members a `policy_data` value grants, when they can be read. */
export function policyMembers(value: MValue | undefined, documents: readonly OnusDocument[]): PolicyMember[] | undefined {
  if (value?.kind === 'scalar' && typeof value.value === 'string') return jsonPolicyMembers(value.value);
  const match = value?.kind === 'unknown' && value.reference ? /^data\.google_iam_policy\.([\w-]+)\.policy_data$/.exec(value.reference) : null;
  return match ? dataPolicyMembers(documents, match[1]) : undefined;
}
