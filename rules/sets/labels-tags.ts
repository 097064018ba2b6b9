/** Rule set: Azure tags and Google Cloud labels (see rules/sets/types.ts). No Checkov family covers them. */
import azureResourceTags from '../azure/azure-resource-tags';
import googleResourceLabels from '../google/google-resource-labels';
import type { RuleSet } from './types';

export const labelsTags: RuleSet = {
  rules: [azureResourceTags, googleResourceLabels],
  checkovFamilies: {},
  checkovDeliberate: {},
};
