/** Rule set: network-identity — IAM least privilege, public exposure of data stores and networks, credentials in code. */
import dbPlaintextPassword from '../aws/aws-db-plaintext-password';
import ec2PublicIp from '../aws/aws-ec2-public-ip';
import hardcodedCredentials from '../aws/aws-hardcoded-credentials';
import iamAssumeRoleWildcard from '../aws/aws-iam-assume-role-wildcard';
import iamUserPolicy from '../aws/aws-iam-user-policy';
import iamWildcard from '../aws/aws-iam-wildcard';
import naclOpenIngress from '../aws/aws-nacl-open-ingress';
import rdsPublic from '../aws/aws-rds-public';
import s3PublicAccessBlock from '../aws/aws-s3-public-access-block';
import s3PublicAcl from '../aws/aws-s3-public-acl';
import type { RuleSet } from './types';

const ftpPort =
  'a network ACL is a stateless subnet guard in front of security groups: Onus reports NACL entries open to the internet only for all traffic and the administration ports 22 and 3389 (the aws-nacl-open-ingress README); FTP ports 20/21 are judged by the security groups (aws-security-group-open-ingress)';

const describeOnStar =
  'it grants only `ec2:Describe*` on "*"; the EC2 User Guide states that the ec2:Describe* API actions do not support resource-level permissions, so "*" is the only resource that works (Checkov\'s own passing case, an instance ARN, would make every Describe call fail)';

export const networkIdentity: RuleSet = {
  rules: [iamWildcard, iamAssumeRoleWildcard, iamUserPolicy, dbPlaintextPassword, rdsPublic, s3PublicAccessBlock, s3PublicAcl, naclOpenIngress, ec2PublicIp, hardcodedCredentials],
  checkovFamilies: {
    CKV_AWS_63: 'aws-iam-wildcard',
    CKV_AWS_355: 'aws-iam-wildcard',
    'rds-public': 'aws-rds-public',
    CKV2_AWS_6: 'aws-s3-public-access-block',
    CKV_AWS_53: 'aws-s3-public-access-block',
    CKV_AWS_54: 'aws-s3-public-access-block',
    CKV_AWS_55: 'aws-s3-public-access-block',
    CKV_AWS_56: 'aws-s3-public-access-block',
    CKV_AWS_62: 'aws-iam-wildcard',
    'nacl-open-ingress': 'aws-nacl-open-ingress',
  },
  checkovDeliberate: {
    'CKV_AWS_230 aws_network_acl.fail': ftpPort,
    'CKV_AWS_230 aws_network_acl.network_acl': ftpPort,
    'CKV_AWS_230 aws_network_acl_rule.fail': ftpPort,
    'CKV_AWS_229 aws_network_acl.fail': ftpPort,
    'CKV_AWS_229 aws_network_acl_rule.fail': ftpPort,
    'CKV_AWS_62 aws_iam_policy.fail4': 'its statement has no Effect, which IAM rejects ("MalformedPolicyDocument"): the policy can never be created, so it grants nothing',
    ...Object.fromEntries(
      ['aws_iam_group_policy', 'aws_iam_policy', 'aws_iam_role_policy', 'aws_iam_user_policy', 'aws_ssoadmin_permission_set_inline_policy'].map((type) => [`CKV_AWS_355 ${type}.fail`, describeOnStar]),
    ),
    'CKV2_AWS_6 aws_s3_bucket.bucket_good_1':
      'its public access block sets only block_public_acls and block_public_policy; Terraform defaults the omitted ignore_public_acls and restrict_public_buckets to false, which switches off what AWS turns on for new buckets (CIS AWS 2.1.4 requires all four): Onus reports them at medium',
  },
};
