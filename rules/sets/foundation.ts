/** The Foundation's rules: EBS, RDS and S3 encryption, open security groups, required tags. */
import ebsEncryption from '../aws/aws-ebs-encryption';
import rdsEncryption from '../aws/aws-rds-encryption';
import resourceTags from '../aws/aws-resource-tags';
import s3BucketEncryption from '../aws/aws-s3-bucket-encryption';
import securityGroupOpenIngress from '../aws/aws-security-group-open-ingress';
import type { RuleSet } from './types';

const pythonBoolean =
  '`False` is not an HCL boolean: Terraform reads it as a reference and rejects the file ("Invalid reference"); Onus keeps it unknown, and unknown never produces a finding';

const noSource =
  'The rule names no source (no CIDR, prefix list, security group, and `self` is false or absent), so it admits no traffic from anywhere; Onus reports only what is open to 0.0.0.0/0 or ::/0';

export const foundation: RuleSet = {
  rules: [ebsEncryption, rdsEncryption, s3BucketEncryption, securityGroupOpenIngress, resourceTags],
  checkovFamilies: {
    'ebs-encryption': 'aws-ebs-encryption',
    'rds-encryption': 'aws-rds-encryption',
    's3-encryption': 'aws-s3-bucket-encryption',
    'sg-open-ingress': 'aws-security-group-open-ingress',
  },
  checkovDeliberate: {
    'CKV_AWS_24 aws_security_group.not_self': noSource,
    'CKV_AWS_24 aws_vpc_security_group_ingress_rule.fail2': noSource,
    'CKV_AWS_260 aws_vpc_security_group_ingress_rule.fail2': noSource,
    'CKV_AWS_3 aws_ebs_volume.disabled': pythonBoolean,
    'CKV_AWS_16 aws_db_instance.disabled': pythonBoolean,
  },
};
