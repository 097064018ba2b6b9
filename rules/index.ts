/** The rule catalog: every rule registered once, through its set in rules/sets/. */
import type { Rule } from '../server/src/engine/rule';
import { azureGoogle } from './sets/azure-google';
import { backupHardening } from './sets/backup-hardening';
import { dataProtection } from './sets/data-protection';
import { foundation } from './sets/foundation';
import { labelsTags } from './sets/labels-tags';
import { networkIdentity } from './sets/network-identity';
import { transitLogging } from './sets/transit-logging';
import type { RuleSet } from './sets/types';

export const ruleSets: readonly RuleSet[] = [foundation, dataProtection, transitLogging, networkIdentity, backupHardening, azureGoogle, labelsTags];

export const allRules: readonly Rule[] = ruleSets.flatMap((set) => set.rules);
