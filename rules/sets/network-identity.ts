/** Rule set: network-identity (see rules/sets/types.ts). */
import type { RuleSet } from './types';

export const networkIdentity: RuleSet = {
  rules: [],
  checkovFamilies: {},
  checkovDeliberate: {},
};
