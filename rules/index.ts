/** The rule catalog: every rule registered once, here. */
import type { Rule } from '../server/src/engine/rule';

export const allRules: readonly Rule[] = [];
