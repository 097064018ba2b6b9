/** Rule set: transit-logging (see rules/sets/types.ts). */
import type { RuleSet } from './types';

export const transitLogging: RuleSet = {
  rules: [],
  checkovFamilies: {},
  checkovDeliberate: {},
};
