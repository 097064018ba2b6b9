/** Encryption in transit (load balancers, CloudFront) and logging (CloudTrail, VPC flow logs, S3, ALB, RDS). */
import albAccessLogs from '../aws/aws-alb-access-logs';
import cloudfrontHttps from '../aws/aws-cloudfront-https';
import cloudfrontMinTls from '../aws/aws-cloudfront-min-tls';
import cloudtrailEncryption from '../aws/aws-cloudtrail-encryption';
import cloudtrailLogValidation from '../aws/aws-cloudtrail-log-validation';
import cloudtrailMultiRegion from '../aws/aws-cloudtrail-multi-region';
import elbHttpListener from '../aws/aws-elb-http-listener';
import elbTlsPolicy from '../aws/aws-elb-tls-policy';
import rdsLogExports from '../aws/aws-rds-log-exports';
import s3AccessLogging from '../aws/aws-s3-access-logging';
import vpcFlowLogs from '../aws/aws-vpc-flow-logs';
import type { RuleSet } from './types';

const httpIsTheOtherRule =
  'an HTTP listener without a redirect to HTTPS is aws-elb-http-listener\'s finding (CKV_AWS_2); a TLS security policy applies only to HTTPS and TLS listeners, and one duty is reported by one rule';

export const transitLogging: RuleSet = {
  rules: [elbHttpListener, elbTlsPolicy, cloudfrontHttps, cloudfrontMinTls, cloudtrailEncryption, cloudtrailLogValidation, cloudtrailMultiRegion, vpcFlowLogs, s3AccessLogging, albAccessLogs, rdsLogExports],
  checkovFamilies: {
    'elb-http-listener': 'aws-elb-http-listener',
    CKV_AWS_103: 'aws-elb-tls-policy',
    'cloudfront-https': 'aws-cloudfront-https',
    'cloudtrail-encryption': 'aws-cloudtrail-encryption',
    'cloudtrail-log-validation': 'aws-cloudtrail-log-validation',
    'cloudtrail-multi-region': 'aws-cloudtrail-multi-region',
    'vpc-flow-logs': 'aws-vpc-flow-logs',
    's3-access-logging': 'aws-s3-access-logging',
  },
  checkovDeliberate: {
    'CKV_AWS_103 aws_lb_listener.http': httpIsTheOtherRule,
    'CKV_AWS_103 aws_lb_listener.cognito': httpIsTheOtherRule,
    'CKV_AWS_103 aws_lb_listener.wrong_redirect': httpIsTheOtherRule,
    'CKV_AWS_103 aws_lb_listener.not_gateway_listener': httpIsTheOtherRule,
    'CKV_AWS_103 AWS::ElasticLoadBalancingV2::Listener.ListenerHTTPFAILED1': httpIsTheOtherRule,
  },
};
