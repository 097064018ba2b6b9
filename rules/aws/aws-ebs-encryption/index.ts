/**
 * EBS encryption at rest: volumes, instance root and block devices, launch
 * configurations and launch templates. AWS encrypts a volume only when asked,
 * or when the account has EBS encryption by default on (Terraform
 * `aws_ebs_encryption_by_default`).
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import { get, objects, truth } from '../../../server/src/model/query';
import type { MObject, Resource } from '../../../server/src/model/types';
import { keySpanOf, replaceFix, setFix, setting } from '../../lib/report';

const messages = {
  volume: 'EBS volume {name} is not encrypted at rest ({state}). Encrypting volumes is your duty: AWS encrypts only when asked.',
  device: 'Block device `{device}` of {name} is not encrypted at rest ({state}). Encrypting volumes is your duty: AWS encrypts only when asked.',
  root: 'The root volume of {name} has no encryption setting, so it is encrypted only if the AMI snapshot is. Declare the root volume encrypted.',
};

/** Terraform: `aws_ebs_encryption_by_default` (enabled unless `enabled = false`) in the module covers every new volume. */
function accountDefaultOn(context: RuleContext): boolean {
  return context.unit.some((r) => r.type === 'aws_ebs_encryption_by_default' && truth(get(r.body, 'enabled')) !== 'false');
}

function stateText(state: string): string {
  return state === 'off' ? 'encryption is set to false' : 'no encryption setting';
}

function checkVolume(resource: Resource, object: MObject, key: string, context: RuleContext, messageId: 'volume' | 'device', device?: string, at?: MObject): void {
  const { state, value } = setting(object, key);
  if (state === 'on' || state === 'unknown') return;
  if (state === 'absent' && (get(object, resource.format === 'terraform' ? 'snapshot_id' : 'SnapshotId') || accountDefaultOn(context))) return;
  const data = { name: resource.name, state: stateText(state), device: device ?? '' };
  if (state === 'off' && value?.span) {
    context.report({ messageId, data, span: value.span, fixes: [replaceFix(`Set ${key} to true`, value, true)] });
    return;
  }
  const span = at ? keySpanOf(at, messageId === 'device' ? deviceKey(resource, object, at) : key, object) : resource.typeSpan;
  context.report({ messageId, data, span, fixes: [setFix(`Add ${key} = true`, object, key, true)] });
}

function deviceKey(resource: Resource, object: MObject, parent: MObject): string {
  for (const [key, entry] of parent.entries) {
    if (entry.value === object || (entry.value.kind === 'list' && entry.value.items.includes(object))) return key;
  }
  return resource.format === 'terraform' ? 'ebs_block_device' : 'Ebs';
}

function terraformInstance(resource: Resource, context: RuleContext): void {
  const roots = objects(resource.body, 'root_block_device');
  if (roots.length === 0 && !accountDefaultOn(context)) {
    context.report({
      messageId: 'root',
      severity: 'medium',
      data: { name: resource.name },
      span: resource.typeSpan,
      fixes: [setFix('Add root_block_device { encrypted = true }', resource.body, 'root_block_device', { block: { encrypted: true } })],
    });
  }
  for (const root of roots) checkVolume(resource, root, 'encrypted', context, 'device', 'root_block_device', resource.body);
  for (const device of objects(resource.body, 'ebs_block_device')) {
    const name = get(device, 'device_name');
    checkVolume(resource, device, 'encrypted', context, 'device', name?.kind === 'scalar' ? String(name.value) : 'ebs_block_device', resource.body);
  }
}

/**
 * Launch templates: the `ebs` block of each mapping. A template without
 * mappings is not reported: its volumes come from the AMI, or from the
 * instance or group that overrides them.
 */
function terraformLaunchTemplate(resource: Resource, context: RuleContext): void {
  for (const mapping of objects(resource.body, 'block_device_mappings')) {
    const name = get(mapping, 'device_name');
    for (const ebs of objects(mapping, 'ebs')) checkVolume(resource, ebs, 'encrypted', context, 'device', name?.kind === 'scalar' ? String(name.value) : 'ebs', mapping);
  }
}

function cloudFormationMappings(resource: Resource, parent: MObject, context: RuleContext): void {
  for (const mapping of objects(parent, 'BlockDeviceMappings')) {
    const ebs = get(mapping, 'Ebs');
    if (ebs?.kind !== 'object') continue; // ephemeral (instance store) or unknown
    const device = get(mapping, 'DeviceName');
    checkVolume(resource, ebs, 'Encrypted', context, 'device', device?.kind === 'scalar' ? String(device.value) : 'Ebs', mapping);
  }
}

function cloudFormationInstance(resource: Resource, context: RuleContext): void {
  if (resource.type === 'AWS::EC2::LaunchTemplate') {
    const data = get(resource.body, 'LaunchTemplateData');
    if (data?.kind === 'object') cloudFormationMappings(resource, data, context);
    return;
  }
  const mappings = get(resource.body, 'BlockDeviceMappings');
  if (!mappings) {
    if (resource.type === 'AWS::EC2::Instance') {
      context.report({
        messageId: 'root',
        severity: 'medium',
        data: { name: resource.name },
        span: resource.typeSpan,
        fixes: [setFix('Add an encrypted root volume mapping', resource.body, 'BlockDeviceMappings', [{ DeviceName: { placeholder: '/dev/xvda' }, Ebs: { Encrypted: true } }])],
      });
    }
    return;
  }
  cloudFormationMappings(resource, resource.body, context);
}

export default defineRule({
  meta: {
    id: 'aws-ebs-encryption',
    title: 'EBS volumes are encrypted at rest',
    owner: 'customer',
    duty: 'data-protection',
    severity: 'high',
    messages,
    description:
      'AWS secures the storage hardware; whether the data on an EBS volume is encrypted is the customer\'s choice. Set `encrypted = true` (CloudFormation `Encrypted: true`) on every volume and block device, or turn on EBS encryption by default for the account.',
    aliases: { checkov: ['CKV_AWS_3', 'CKV_AWS_8'], trivy: ['AVD-AWS-0026', 'AVD-AWS-0131', 'AVD-AWS-0008'], tfsec: ['aws-ec2-enable-volume-encryption', 'aws-ec2-enable-at-rest-encryption'], kics: ['cc997676'] },
    compliance: ['CIS AWS 2.2.1', 'NIST 800-53 SC-28'],
    fixable: true,
  },
  terraform: {
    resourceTypes: ['aws_ebs_volume', 'aws_instance', 'aws_launch_configuration', 'aws_launch_template'],
    check(resource, context) {
      if (resource.type === 'aws_ebs_volume') checkVolume(resource, resource.body, 'encrypted', context, 'volume');
      else if (resource.type === 'aws_launch_template') terraformLaunchTemplate(resource, context);
      else terraformInstance(resource, context);
    },
  },
  cloudformation: {
    resourceTypes: ['AWS::EC2::Volume', 'AWS::EC2::Instance', 'AWS::AutoScaling::LaunchConfiguration', 'AWS::EC2::LaunchTemplate'],
    check(resource, context) {
      if (resource.type === 'AWS::EC2::Volume') checkVolume(resource, resource.body, 'Encrypted', context, 'volume');
      else cloudFormationInstance(resource, context);
    },
  },
});
