/** Rule set: data-protection (see rules/sets/types.ts). Encryption at rest and in transit, keys. */
import dynamodbEncryption from '../aws/aws-dynamodb-encryption';
import ecrEncryption from '../aws/aws-ecr-encryption';
import efsEncryption from '../aws/aws-efs-encryption';
import elasticacheAtRest from '../aws/aws-elasticache-encryption-at-rest';
import elasticacheInTransit from '../aws/aws-elasticache-encryption-in-transit';
import kmsKeyRotation from '../aws/aws-kms-key-rotation';
import opensearchEncryption from '../aws/aws-opensearch-encryption';
import opensearchInTransit from '../aws/aws-opensearch-encryption-in-transit';
import redshiftEncryption from '../aws/aws-redshift-encryption';
import secretsManagerKms from '../aws/aws-secretsmanager-kms';
import snsEncryption from '../aws/aws-sns-encryption';
import sqsEncryption from '../aws/aws-sqs-encryption';
import type { RuleSet } from './types';

const sqsDefault =
  'since October 2022 SQS encrypts new queues with SQS-owned keys (SSE-SQS) unless the request opts out, and the AWS provider (v4.36+) no longer sends false when the setting is absent: an info hint, not a failure';

const redshiftTerraform =
  'AWS encrypts new Redshift clusters since 10 January 2025 and AWS provider v6 defaults encrypted to true (no version constraint: the newest provider): an info hint, not a failure';
const redshiftCloudFormation =
  'AWS encrypts new Redshift clusters since 10 January 2025 (CloudFormation sends no value, so the service default applies): an info hint, not a failure';

export const dataProtection: RuleSet = {
  rules: [efsEncryption, sqsEncryption, snsEncryption, elasticacheAtRest, elasticacheInTransit, redshiftEncryption, opensearchEncryption, opensearchInTransit, secretsManagerKms, kmsKeyRotation, dynamodbEncryption, ecrEncryption],
  checkovFamilies: {
    'efs-encryption': 'aws-efs-encryption',
    'sqs-encryption': 'aws-sqs-encryption',
    'sns-encryption': 'aws-sns-encryption',
    CKV_AWS_29: 'aws-elasticache-encryption-at-rest',
    CKV_AWS_30: 'aws-elasticache-encryption-in-transit',
    'redshift-encryption': 'aws-redshift-encryption',
    CKV_AWS_5: 'aws-opensearch-encryption',
    CKV_AWS_247: 'aws-opensearch-encryption',
    CKV_AWS_6: 'aws-opensearch-encryption-in-transit',
    'secretsmanager-kms': 'aws-secretsmanager-kms',
    'kms-rotation': 'aws-kms-key-rotation',
    CKV_AWS_119: 'aws-dynamodb-encryption',
  },
  checkovDeliberate: {
    'CKV_AWS_27 aws_sqs_queue.fail': sqsDefault,
    'CKV_AWS_27 aws_sqs_queue.fail2': `${sqsDefault}; an empty kms_master_key_id names no key`,
    'CKV_AWS_27 test_SQSQueueEncryption-FAILED.yml::AWS::SQS::Queue.MySourceQueue': `${sqsDefault}; an empty KmsMasterKeyId names no key`,
    'CKV_AWS_27 test_SQSQueueEncryption-FAILED2.yml::AWS::SQS::Queue.MySourceQueue': sqsDefault,
    'CKV_AWS_64 inline/test_failure/main.tf::aws_redshift_cluster.test_failure': redshiftTerraform,
    'CKV_AWS_64 AWS::Redshift::Cluster.RedshiftClusterDefault': redshiftCloudFormation,
    'CKV_AWS_247 aws_elasticsearch_domain.pass':
      'encrypt_at_rest names a kms_key_id but not enabled, which the AWS provider requires (the plan fails): a key alone does not turn encryption at rest on',
  },
};
