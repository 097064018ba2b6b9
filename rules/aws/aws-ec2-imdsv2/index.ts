/**
 * IMDSv2: the instance metadata service hands out the instance role's
 * credentials; IMDSv1 answers a plain GET, so any SSRF in the workload can
 * read them. `http_tokens = "required"` (or the endpoint disabled) closes it.
 * What applies when nothing is written depends on the AMI (ImdsSupport v2.0)
 * and on the account's regional default, which the code may declare
 * (`aws_ec2_instance_metadata_defaults`); only that last one is visible here.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import type { FixValue } from '../../../server/src/fixes/types';
import { get, objects, str } from '../../../server/src/model/query';
import type { MObject, Resource } from '../../../server/src/model/types';
import { blockKeySpan, isSet } from '../../lib/blocks';
import { replaceFix, setFix } from '../../lib/report';

const messages = {
  optional:
    '{name} allows IMDSv1 (http tokens "{value}"): any server-side request forgery in the workload can read the instance role\'s credentials. Require IMDSv2 tokens.',
  unset:
    '{name} does not require IMDSv2: unless its AMI or the account default says otherwise, IMDSv1 stays open and any server-side request forgery can read the instance role\'s credentials. Require IMDSv2 tokens.',
};

interface Spelling {
  options: string;
  tokens: string;
  endpoint: string;
}

const terraform: Spelling = { options: 'metadata_options', tokens: 'http_tokens', endpoint: 'http_endpoint' };
const cloudFormation: Spelling = { options: 'MetadataOptions', tokens: 'HttpTokens', endpoint: 'HttpEndpoint' };

/**
 * Terraform: `aws_ec2_instance_metadata_defaults` in the module with
 * `http_tokens = "required"` makes IMDSv2 the regional default for launches
 * that do not choose. Unknown counts as covering: unknown never reports.
 */
function accountRequiresTokens(context: RuleContext): boolean {
  return context.unit.some((r) => {
    if (r.type !== 'aws_ec2_instance_metadata_defaults') return false;
    const tokens = get(r.body, 'http_tokens');
    return tokens?.kind === 'unknown' || str(tokens) === 'required';
  });
}

/** Checks one metadata options object (absent: undefined), reporting where the fix goes. */
function checkOptions(resource: Resource, context: RuleContext, spelling: Spelling, parent: MObject, options: MObject | undefined): void {
  const shown = resource.format === 'terraform' ? `${spelling.tokens} = "required"` : `${spelling.tokens}: required`;
  if (options) {
    const endpoint = get(options, spelling.endpoint);
    if (endpoint?.kind === 'unknown' || str(endpoint) === 'disabled') return;
    const tokens = get(options, spelling.tokens);
    if (tokens?.kind === 'unknown') return;
    const value = str(tokens);
    if (value === 'required') return;
    if (value !== undefined && tokens?.span) {
      context.report({ messageId: 'optional', severity: 'high', data: { name: resource.name, value }, span: tokens.span, fixes: [replaceFix(`Set ${shown}`, tokens, 'required')] });
      return;
    }
    if (accountRequiresTokens(context)) return;
    const span = blockKeySpan(parent, spelling.options, options);
    context.report({ messageId: 'unset', severity: 'medium', data: { name: resource.name }, span, fixes: [setFix(`Add ${shown}`, options, spelling.tokens, 'required')] });
    return;
  }
  if (accountRequiresTokens(context)) return;
  const block: Record<string, FixValue> = { [spelling.tokens]: 'required' };
  const title = resource.format === 'terraform' ? `Add ${spelling.options} { ${shown} }` : `Add ${spelling.options} (${shown})`;
  context.report({
    messageId: 'unset',
    severity: 'medium',
    data: { name: resource.name },
    span: resource.typeSpan,
    fixes: [setFix(title, parent, spelling.options, resource.format === 'terraform' ? { block } : block, resource.format === 'terraform')],
  });
}

/** Every metadata options object of `parent`, or the one missing. */
function checkAll(resource: Resource, context: RuleContext, spelling: Spelling, parent: MObject): void {
  const all = objects(parent, spelling.options);
  if (all.length === 0) {
    // Written but not an object (an intrinsic, a reference): not known statically.
    const written = get(parent, spelling.options);
    if (written && !(written.kind === 'scalar' && written.value === null)) return;
    checkOptions(resource, context, spelling, parent, undefined);
    return;
  }
  for (const options of all) checkOptions(resource, context, spelling, parent, options);
}

function terraformCheck(resource: Resource, context: RuleContext): void {
  // An instance launched from a launch template takes the template's options unless it sets its own; the template is checked itself.
  if (resource.type === 'aws_instance' && isSet(resource.body, 'launch_template') && !resource.body.entries.has('metadata_options')) return;
  checkAll(resource, context, terraform, resource.body);
}

function cloudFormationCheck(resource: Resource, context: RuleContext): void {
  if (resource.type === 'AWS::EC2::LaunchTemplate') {
    const data = get(resource.body, 'LaunchTemplateData');
    if (data?.kind === 'object') checkAll(resource, context, cloudFormation, data);
    return; // absent (the template is invalid) or an intrinsic: not known
  }
  if (resource.type === 'AWS::EC2::Instance' && isSet(resource.body, 'LaunchTemplate') && !resource.body.entries.has('MetadataOptions')) return;
  checkAll(resource, context, cloudFormation, resource.body);
}

export default defineRule({
  meta: {
    id: 'aws-ec2-imdsv2',
    title: 'EC2 instances require IMDSv2',
    owner: 'customer',
    duty: 'hardening',
    severity: 'high',
    messages,
    description:
      'The instance metadata service gives any process on an instance the credentials of its IAM role. IMDSv1 answers a plain GET, so a server-side request forgery in the workload leaks them; IMDSv2 requires a session token obtained with a PUT. AWS offers both; requiring IMDSv2 on instances, launch templates and launch configurations is the customer\'s duty.',
    aliases: { checkov: ['CKV_AWS_79'], trivy: ['AVD-AWS-0028', 'AVD-AWS-0130'], tfsec: ['aws-ec2-enforce-http-token-imds', 'aws-ec2-enforce-launch-config-http-token-imds'] },
    compliance: ['CIS AWS 5.6', 'NIST 800-53 AC-3', 'NIST 800-53 SC-7'],
    fixable: true,
  },
  terraform: {
    resourceTypes: ['aws_instance', 'aws_launch_template', 'aws_launch_configuration'],
    check: terraformCheck,
  },
  cloudformation: {
    resourceTypes: ['AWS::EC2::Instance', 'AWS::EC2::LaunchTemplate', 'AWS::AutoScaling::LaunchConfiguration'],
    check: cloudFormationCheck,
  },
});
