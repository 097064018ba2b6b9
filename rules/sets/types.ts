/** A set of rules registered together, with how they map onto Checkov's fixture families. */
import type { Rule } from '../../server/src/engine/rule';

export interface RuleSet {
  rules: readonly Rule[];
  /** Checkov fixture family (or peer id, when a family has several checks) → Onus rule id. */
  checkovFamilies: Readonly<Record<string, string>>;
  /** Where Onus decides differently from Checkov on purpose. Key: `peerId address`; value: the reason. */
  checkovDeliberate: Readonly<Record<string, string>>;
}
