/**
 * CloudTrail log file integrity validation. AWS writes the digest files only
 * when the trail asks for them; without them, altered or deleted log files
 * cannot be detected.
 */
import { defineRule } from '../../../server/src/engine/rule';
import type { Resource } from '../../../server/src/model/types';
import type { RuleContext } from '../../../server/src/engine/rule';
import { requireSwitch } from '../../lib/encryption-switch';

function check(resource: Resource, context: RuleContext): void {
  const key = resource.format === 'terraform' ? 'enable_log_file_validation' : 'EnableLogFileValidation';
  requireSwitch(resource, context, resource.body, key, { messageId: 'disabled', absent: 'not set, so false' });
}

export default defineRule({
  meta: {
    id: 'aws-cloudtrail-log-validation',
    title: 'CloudTrail trails validate their log files',
    owner: 'customer',
    duty: 'logging-monitoring',
    severity: 'medium',
    messages: {
      disabled:
        'Trail {name} does not validate its log files (log file validation {state}): CloudTrail writes no signed digest files, so a log file altered or deleted in the bucket cannot be detected. Enable log file validation.',
    },
    description:
      'CloudTrail delivers the log files; proving they were not altered after delivery needs the signed, chained digest files it writes only when log file validation is enabled on the trail, which is the customer\'s setting (default off). Enable it on every trail.',
    aliases: { checkov: ['CKV_AWS_36'], trivy: ['AVD-AWS-0016'], tfsec: ['aws-cloudtrail-enable-log-validation'], kics: ['52ffcfa6'] },
    compliance: ['CIS AWS 3.2', 'NIST 800-53 AU-9', 'NIST 800-53 SI-7'],
    fixable: true,
  },
  terraform: { resourceTypes: ['aws_cloudtrail'], check },
  cloudformation: { resourceTypes: ['AWS::CloudTrail::Trail'], check },
});
