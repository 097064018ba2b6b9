/** The rule catalog: every rule registered once, here. */
import type { Rule } from '../server/src/engine/rule';
import ebsEncryption from './aws/aws-ebs-encryption';
import rdsEncryption from './aws/aws-rds-encryption';
import resourceTags from './aws/aws-resource-tags';
import s3BucketEncryption from './aws/aws-s3-bucket-encryption';
import securityGroupOpenIngress from './aws/aws-security-group-open-ingress';

export const allRules: readonly Rule[] = [ebsEncryption, rdsEncryption, s3BucketEncryption, securityGroupOpenIngress, resourceTags];
