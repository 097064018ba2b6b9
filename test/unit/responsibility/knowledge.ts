/**
 * A fixed knowledge base for the responsibility tests, so their exact output does not move
 * when rules/knowledge grows. Real rules check it: `aws-ebs-encryption` (Terraform `encrypted`,
 * CloudFormation `Encrypted`) and `aws-resource-tags`; one duty names a rule that is not
 * registered, one names none; a category can hold a checked and an unchecked duty.
 */
import type { Cloud, ServiceEntry } from '../../../rules/knowledge';

type Entry = ServiceEntry & { cloud: Cloud };

const ebs: Entry = {
  cloud: 'aws',
  id: 'ebs',
  name: 'Amazon EBS',
  terraform: ['aws_ebs_volume'],
  cloudformation: ['AWS::EC2::Volume'],
  provider: ['Durability of volumes within their Availability Zone'],
  customer: [
    { duty: 'data-protection', text: 'Encrypt volumes', rules: ['aws-ebs-encryption'], reads: { terraform: ['encrypted', 'kms_key_id'], cloudformation: ['Encrypted'] } },
    { duty: 'backup-recovery', text: 'Take and keep snapshots', rules: [] },
    { duty: 'governance', text: 'Record who may detach volumes', rules: ['no-such-rule'], reads: { terraform: ['availability_zone'] } },
    { duty: 'cost-tags', text: 'Tag volumes', rules: ['aws-resource-tags'], reads: { terraform: ['tags'], cloudformation: ['Properties.Tags'] } },
  ],
  docs: 'https://docs.aws.amazon.com/ebs/latest/userguide/security.html',
};

const bucket: Entry = {
  cloud: 'aws',
  id: 's3',
  name: 'Amazon S3',
  terraform: ['aws_s3_bucket'],
  cloudformation: ['AWS::S3::Bucket'],
  provider: ['Durability of stored objects', 'The encryption machinery'],
  customer: [
    { duty: 'identity-access', text: 'Block public access', rules: [] },
    { duty: 'cost-tags', text: 'Tag buckets', rules: ['aws-resource-tags'] },
    { duty: 'cost-tags', text: 'Expire old objects with lifecycle rules', rules: [] },
  ],
  docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security.html',
  defaults: 'SSE-S3 encryption is on by default since January 2023.',
};

export function testKnowledge(type: string): Entry | undefined {
  return [ebs, bucket].find((s) => s.terraform.includes(type) || s.cloudformation.includes(type));
}
