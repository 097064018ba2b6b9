/**
 * Common actions that support no resource-level permissions (the Service
 * Authorization Reference lists no resource type for them): IAM only accepts
 * `"Resource": "*"` for these, so it is not a finding. Lower case (action names
 * are case-insensitive). Deliberately small and certain: an action not listed
 * counts as restrictable, as Checkov's CKV_AWS_355 (full action database) would
 * in most cases; a wildcard counts as restrictable because it may expand to
 * actions that are, except after a prefix listed in UNRESTRICTABLE_PREFIXES.
 */
export const UNRESTRICTABLE_ACTIONS: ReadonlySet<string> = new Set([
  's3:listallmybuckets',
  'sts:getcalleridentity',
  'sts:getsessiontoken',
  'xray:puttracesegments',
  'xray:puttelemetryrecords',
  'xray:getsamplingrules',
  'xray:getsamplingtargets',
  'xray:getsamplingstatisticsummaries',
  'cloudwatch:putmetricdata',
  'cloudwatch:getmetricdata',
  'cloudwatch:getmetricstatistics',
  'cloudwatch:listmetrics',
  'ec2:describeinstances',
  'ec2:describeinstancestatus',
  'ec2:describeregions',
  'ec2:describeavailabilityzones',
  'ec2:describesecuritygroups',
  'ec2:describesubnets',
  'ec2:describevpcs',
  'ec2:describeimages',
  'ec2:describenetworkinterfaces',
  'ec2:describevolumes',
  'ec2:describesnapshots',
  'ec2:describetags',
  'ec2:describekeypairs',
  'ec2:describeroutetables',
  'ec2:describeaccountattributes',
  'ecr:getauthorizationtoken',
  'iam:listroles',
  'iam:listpolicies',
  'iam:listaccountaliases',
  'iam:getaccountsummary',
  'iam:getaccountpasswordpolicy',
  'kms:listkeys',
  'kms:listaliases',
  'kms:createkey',
  'kms:generaterandom',
  'sqs:listqueues',
  'sns:listtopics',
  'dynamodb:listtables',
  'lambda:listfunctions',
  'route53:listhostedzones',
  'tag:getresources',
  'ssm:describeparameters',
  'secretsmanager:listsecrets',
  'secretsmanager:getrandompassword',
  'acm:listcertificates',
  'autoscaling:describeautoscalinggroups',
  'ecs:listclusters',
  'eks:listclusters',
]);

/**
 * Action prefixes whose every action (and so any wildcard after the prefix,
 * such as `ec2:Describe*`) is unrestrictable, by documentation: the EC2 User
 * Guide states that the `ec2:Describe*` API actions do not support
 * resource-level permissions, so a policy must grant them on `*`.
 */
export const UNRESTRICTABLE_PREFIXES: readonly string[] = ['ec2:describe'];
