/** Rule set: backup-hardening (see rules/sets/types.ts). */
import type { RuleSet } from './types';

export const backupHardening: RuleSet = {
  rules: [],
  checkovFamilies: {},
  checkovDeliberate: {},
};
