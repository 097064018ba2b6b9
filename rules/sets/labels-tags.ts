/** Rule set: Azure tags and Google Cloud labels (see rules/sets/types.ts). */
import type { RuleSet } from './types';

export const labelsTags: RuleSet = {
  rules: [],
  checkovFamilies: {},
  checkovDeliberate: {},
};
