/**
 * ECR image scanning: ECR scans images for known vulnerabilities only when
 * asked — per repository (`scan_on_push`, the older setting) or for the whole
 * registry (a registry scanning configuration whose rules match the
 * repository, which overrides the repository setting). Either is enough.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import { get, objects, str } from '../../../server/src/model/query';
import type { MObject, Resource } from '../../../server/src/model/types';
import { replaceFix, setFix, setting } from '../../lib/report';

const messages = {
  repository:
    'ECR repository {name} does not scan images for vulnerabilities on push ({state}), and no registry scanning rule in this {unit} covers it. Turn scanning on; ECR does not scan unless asked.',
};

interface Spelling {
  registryType: string;
  scanType: string;
  rules: string;
  frequency: string;
  filters: string;
  filter: string;
  filterType: string;
  repositoryName: string;
}

const terraform: Spelling = {
  registryType: 'aws_ecr_registry_scanning_configuration',
  scanType: 'scan_type',
  rules: 'rule',
  frequency: 'scan_frequency',
  filters: 'repository_filter',
  filter: 'filter',
  filterType: 'filter_type',
  repositoryName: 'name',
};

const cloudFormation: Spelling = {
  registryType: 'AWS::ECR::RegistryScanningConfiguration',
  scanType: 'ScanType',
  rules: 'Rules',
  frequency: 'ScanFrequency',
  filters: 'RepositoryFilters',
  filter: 'Filter',
  filterType: 'FilterType',
  repositoryName: 'RepositoryName',
};

/** ECR's WILDCARD filter: `*` matches any run of characters; the rest is literal. */
function wildcardMatches(filter: string, name: string): boolean {
  const pattern = filter.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${pattern}$`).test(name);
}

/** Whether one scanning rule scans this repository on push (or continuously). Unknown counts as yes. */
function ruleCovers(rule: MObject, spelling: Spelling, repository: string | undefined, enhanced: boolean): boolean {
  const frequency = get(rule, spelling.frequency);
  const text = str(frequency);
  if (text === undefined && frequency?.kind !== 'unknown') return false;
  // Basic scanning offers SCAN_ON_PUSH and MANUAL; enhanced (Amazon Inspector) SCAN_ON_PUSH and CONTINUOUS_SCAN.
  if (text !== undefined && text !== 'SCAN_ON_PUSH' && !(enhanced && text === 'CONTINUOUS_SCAN')) return false;
  const filters = get(rule, spelling.filters);
  if (filters?.kind === 'unknown') return true;
  return objects(rule, spelling.filters).some((f) => {
    const filter = get(f, spelling.filter);
    if (filter?.kind === 'unknown' || get(f, spelling.filterType)?.kind === 'unknown') return true;
    const pattern = str(filter);
    if (pattern === undefined) return false;
    return repository === undefined || wildcardMatches(pattern, repository);
  });
}

/** A registry scanning configuration in the unit that scans this repository. */
function registryCovers(resource: Resource, context: RuleContext, spelling: Spelling): boolean {
  const name = get(resource.body, spelling.repositoryName);
  // An unknown repository name may match any filter; an absent one (CloudFormation generates it) matches only `*`.
  const repository = name?.kind === 'unknown' ? undefined : (str(name) ?? '');
  return context.unit.some((r) => {
    if (r.format !== resource.format || r.type !== spelling.registryType) return false;
    const scanType = get(r.body, spelling.scanType);
    if (scanType?.kind === 'unknown') return true;
    const rules = get(r.body, spelling.rules);
    if (rules?.kind === 'unknown') return true;
    return objects(r.body, spelling.rules).some((rule) => ruleCovers(rule, spelling, repository, str(scanType) === 'ENHANCED'));
  });
}

function check(resource: Resource, context: RuleContext, options: { config: string; key: string }): void {
  const terraformFormat = resource.format === 'terraform';
  const spelling = terraformFormat ? terraform : cloudFormation;
  const configurations = objects(resource.body, options.config);
  const written = get(resource.body, options.config);
  if (written && configurations.length === 0 && !(written.kind === 'scalar' && written.value === null)) return; // an intrinsic
  const configuration = configurations[0];
  const { state, value } = setting(configuration, options.key);
  if (state === 'on' || state === 'unknown') return;
  if (registryCovers(resource, context, spelling)) return;
  const data = { name: resource.name, state: state === 'off' ? 'scan on push is set to false' : 'no scan-on-push setting', unit: terraformFormat ? 'module' : 'template' };
  if (state === 'off' && value?.span) {
    context.report({ messageId: 'repository', data, span: value.span, fixes: [replaceFix(`Set ${options.key} to true`, value, true)] });
    return;
  }
  const fix = configuration
    ? setFix(terraformFormat ? `Add ${options.key} = true` : `Add ${options.key}: true`, configuration, options.key, true)
    : terraformFormat
      ? setFix(`Add ${options.config} { ${options.key} = true }`, resource.body, options.config, { block: { [options.key]: true } }, true)
      : setFix(`Add ${options.config} (${options.key}: true)`, resource.body, options.config, { [options.key]: true });
  context.report({ messageId: 'repository', data, span: resource.typeSpan, fixes: [fix] });
}

export default defineRule({
  meta: {
    id: 'aws-ecr-scan-on-push',
    title: 'ECR repositories scan images on push',
    owner: 'customer',
    duty: 'hardening',
    severity: 'medium',
    messages,
    description:
      'ECR stores and serves container images; whether they are scanned for known vulnerabilities is the customer\'s choice, per repository (scan on push) or for the whole registry (registry scanning rules, basic or enhanced with Amazon Inspector). Finding and fixing vulnerable images is the customer\'s duty.',
    aliases: { checkov: ['CKV_AWS_163'], trivy: ['AVD-AWS-0030'], tfsec: ['aws-ecr-enable-image-scans'] },
    compliance: ['NIST 800-53 RA-5', 'NIST 800-53 SI-2'],
    fixable: true,
  },
  terraform: {
    resourceTypes: ['aws_ecr_repository'],
    check(resource, context) {
      check(resource, context, { config: 'image_scanning_configuration', key: 'scan_on_push' });
    },
  },
  cloudformation: {
    resourceTypes: ['AWS::ECR::Repository'],
    check(resource, context) {
      check(resource, context, { config: 'ImageScanningConfiguration', key: 'ScanOnPush' });
    },
  },
});
