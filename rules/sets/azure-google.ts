/** Rule set: azure-google (see rules/sets/types.ts). */
import type { RuleSet } from './types';

export const azureGoogle: RuleSet = {
  rules: [],
  checkovFamilies: {},
  checkovDeliberate: {},
};
