/**
 * Public IPv4 addresses on instances and subnets. Whether an instance is
 * directly addressable from the internet is the customer's network design.
 */
import { defineRule, type RuleContext, type Severity } from '../../../server/src/engine/rule';
import { get, objects } from '../../../server/src/model/query';
import type { MObject, Resource } from '../../../server/src/model/types';
import { replaceFix, setting } from '../../lib/report';

const messages = {
  instance: '{name} gets a public IPv4 address: it is reachable from the internet wherever its security groups allow. Keep instances in private subnets behind a load balancer or NAT unless they must be addressed directly.',
  subnet: 'Subnet {name} gives every instance launched in it a public IPv4 address by default. Turn this off and give public addresses only to the instances that need them.',
};

function flag(resource: Resource, object: MObject | undefined, key: string, messageId: 'instance' | 'subnet', severity: Severity, context: RuleContext): void {
  const { state, value } = setting(object, key);
  if (state !== 'on' || !value?.span) return;
  context.report({ messageId, severity, data: { name: resource.name }, span: value.span, fixes: [replaceFix(`Set ${key} to false`, value, false)] });
}

function terraform(resource: Resource, context: RuleContext): void {
  const body = resource.body;
  switch (resource.type) {
    case 'aws_subnet':
      return flag(resource, body, 'map_public_ip_on_launch', 'subnet', 'medium', context);
    case 'aws_launch_template':
      for (const nic of objects(body, 'network_interfaces')) flag(resource, nic, 'associate_public_ip_address', 'instance', 'low', context);
      return;
    default:
      return flag(resource, body, 'associate_public_ip_address', 'instance', 'low', context);
  }
}

function cloudFormation(resource: Resource, context: RuleContext): void {
  const body = resource.body;
  switch (resource.type) {
    case 'AWS::EC2::Subnet':
      return flag(resource, body, 'MapPublicIpOnLaunch', 'subnet', 'medium', context);
    case 'AWS::AutoScaling::LaunchConfiguration':
      return flag(resource, body, 'AssociatePublicIpAddress', 'instance', 'low', context);
    case 'AWS::EC2::LaunchTemplate': {
      const data = get(body, 'LaunchTemplateData');
      for (const nic of objects(data?.kind === 'object' ? data : undefined, 'NetworkInterfaces')) flag(resource, nic, 'AssociatePublicIpAddress', 'instance', 'low', context);
      return;
    }
    default:
      for (const nic of objects(body, 'NetworkInterfaces')) flag(resource, nic, 'AssociatePublicIpAddress', 'instance', 'low', context);
  }
}

export default defineRule({
  meta: {
    id: 'aws-ec2-public-ip',
    title: 'Instances and subnets do not assign public IP addresses',
    owner: 'customer',
    duty: 'network',
    severity: 'low',
    messages,
    description:
      'Whether an EC2 instance gets a public IPv4 address (and so is addressable from the internet) is the customer\'s network design: associate_public_ip_address on instances, launch templates and launch configurations, map_public_ip_on_launch on subnets. Keep workloads in private subnets behind load balancers or NAT, and give public addresses deliberately.',
    aliases: { checkov: ['CKV_AWS_88', 'CKV_AWS_130'], trivy: ['AVD-AWS-0164', 'AVD-AWS-0009'], tfsec: ['aws-ec2-no-public-ip-subnet', 'aws-ec2-no-public-ip'] },
    compliance: ['NIST 800-53 SC-7'],
    fixable: true,
  },
  terraform: { resourceTypes: ['aws_instance', 'aws_launch_template', 'aws_launch_configuration', 'aws_subnet'], check: terraform },
  cloudformation: { resourceTypes: ['AWS::EC2::Instance', 'AWS::EC2::LaunchTemplate', 'AWS::AutoScaling::LaunchConfiguration', 'AWS::EC2::Subnet'], check: cloudFormation },
});
