/**
 * Renaming a Terraform attribute in place, for provider versions that renamed
 * or replaced it (azurerm v4, google v6). The semantic changes have no
 * "rename": the key is replaced as written text and, when given, the value too,
 * so the rest of the line keeps its layout.
 */
import type { SemanticFix } from '../../server/src/fixes/types';
import type { MEntry } from '../../server/src/model/types';

/** `value` is HCL source for the new value (e.g. `true`, `"ENCRYPTED_ONLY"`); omitted, the written value is kept. */
export function renameFix(title: string, entry: MEntry, key: string, value?: string): SemanticFix | undefined {
  if (!entry.keySpan) return undefined;
  const keyNode = { kind: 'scalar' as const, value: entry.key, span: entry.keySpan, origin: 'explicit' as const };
  const changes: SemanticFix['changes'] = [{ kind: 'replace', target: keyNode, value: { hcl: key } }];
  if (value !== undefined) {
    if (!entry.value.span) return undefined;
    changes.push({ kind: 'replace', target: entry.value, value: { hcl: value } });
  }
  return { title, kind: 'quickfix', preferred: true, changes };
}
