/** Rule set: data-protection (see rules/sets/types.ts). */
import type { RuleSet } from './types';

export const dataProtection: RuleSet = {
  rules: [],
  checkovFamilies: {},
  checkovDeliberate: {},
};
