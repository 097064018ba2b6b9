/** Backup and recovery (S3 versioning and lifecycle, RDS backups, deletion protection and Multi-AZ, DynamoDB PITR) and hardening (IMDSv2, ECR scanning). */
import dynamodbPitr from '../aws/aws-dynamodb-pitr';
import ec2Imdsv2 from '../aws/aws-ec2-imdsv2';
import ecrScanOnPush from '../aws/aws-ecr-scan-on-push';
import rdsBackupRetention from '../aws/aws-rds-backup-retention';
import rdsDeletionProtection from '../aws/aws-rds-deletion-protection';
import rdsMultiAz from '../aws/aws-rds-multi-az';
import s3Lifecycle from '../aws/aws-s3-lifecycle';
import s3Versioning from '../aws/aws-s3-versioning';
import type { RuleSet } from './types';

export const backupHardening: RuleSet = {
  rules: [s3Versioning, s3Lifecycle, rdsBackupRetention, rdsDeletionProtection, rdsMultiAz, dynamodbPitr, ec2Imdsv2, ecrScanOnPush],
  checkovFamilies: {
    's3-versioning': 'aws-s3-versioning',
    'rds-backup-retention': 'aws-rds-backup-retention',
    CKV_AWS_139: 'aws-rds-deletion-protection',
    CKV_AWS_293: 'aws-rds-deletion-protection',
    'dynamodb-pitr': 'aws-dynamodb-pitr',
    'ec2-imdsv2': 'aws-ec2-imdsv2',
    'ecr-scan-on-push': 'aws-ecr-scan-on-push',
  },
  checkovDeliberate: {},
};
