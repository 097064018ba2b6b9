/** The Foundation's rules: EBS, RDS and S3 encryption, open security groups, required tags. */
import ebsEncryption from '../aws/aws-ebs-encryption';
import rdsEncryption from '../aws/aws-rds-encryption';
import resourceTags from '../aws/aws-resource-tags';
import s3BucketEncryption from '../aws/aws-s3-bucket-encryption';
import securityGroupOpenIngress from '../aws/aws-security-group-open-ingress';
import type { RuleSet } from './types';

const pythonBoolean =
  '`False` is not an HCL boolean: Terraform reads it as a reference and rejects the file ("Invalid reference"); Onus keeps it unknown, and unknown never produces a finding';

export const foundation: RuleSet = {
  rules: [ebsEncryption, rdsEncryption, s3BucketEncryption, securityGroupOpenIngress, resourceTags],
  checkovFamilies: {
    'ebs-encryption': 'aws-ebs-encryption',
    'rds-encryption': 'aws-rds-encryption',
    's3-encryption': 'aws-s3-bucket-encryption',
  },
  checkovDeliberate: {
    'CKV_AWS_3 aws_ebs_volume.disabled': pythonBoolean,
    'CKV_AWS_16 aws_db_instance.disabled': pythonBoolean,
  },
};
