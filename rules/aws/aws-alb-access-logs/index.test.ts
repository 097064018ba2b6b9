import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'access logs enabled', format: 'terraform', code: 'resource "aws_lb" "web" {\n  name = "web"\n\n  access_logs {\n    bucket  = aws_s3_bucket.lb_logs.id\n    enabled = true\n  }\n}\n' },
    { name: 'enabled from a variable is unknown', format: 'terraform', code: 'resource "aws_alb" "web" {\n  access_logs {\n    bucket  = var.log_bucket\n    enabled = var.access_logs\n  }\n}\n' },
    { name: 'Gateway Load Balancers have no access logs', format: 'terraform', code: 'resource "aws_lb" "gw" {\n  load_balancer_type = "gateway"\n}\n' },
    { name: 'a Network Load Balancer without TLS listeners logs nothing', format: 'terraform', code: 'resource "aws_lb" "nlb" {\n  load_balancer_type = "network"\n}\n\nresource "aws_lb_listener" "tcp" {\n  load_balancer_arn = aws_lb.nlb.arn\n  protocol          = "TCP"\n  port              = 22\n}\n' },
    { name: 'load balancer type from a variable is unknown', format: 'terraform', code: 'resource "aws_lb" "lb" {\n  load_balancer_type = var.type\n}\n' },
    { name: 'YAML access logs enabled', format: 'yaml', code: 'Resources:\n  LB:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties:\n      Subnets: !Ref Subnets\n      LoadBalancerAttributes:\n        - Key: access_logs.s3.enabled\n          Value: \'true\'\n        - Key: access_logs.s3.bucket\n          Value: !Ref LogBucket\n' },
    { name: 'YAML attributes from a parameter are unknown', format: 'yaml', code: 'Resources:\n  LB:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties:\n      LoadBalancerAttributes: !Ref Attributes\n' },
    { name: 'JSON access logs enabled', format: 'json', code: '{\n  "Resources": {\n    "LB": {\n      "Type": "AWS::ElasticLoadBalancingV2::LoadBalancer",\n      "Properties": { "LoadBalancerAttributes": [{ "Key": "access_logs.s3.enabled", "Value": "true" }, { "Key": "access_logs.s3.bucket", "Value": "lb-logs" }] }\n    }\n  }\n}\n' },
  ],
  invalid: [
    {
      name: 'no access_logs block',
      format: 'terraform',
      code: 'resource "aws_lb" "web" {\n  name               = "web"\n  load_balancer_type = "application"\n}\n',
      errors: [
        { messageId: 'disabled', severity: 'medium', range: [1, 10, 1, 18], text: '"aws_lb"', output: 'resource "aws_lb" "web" {\n  name               = "web"\n  load_balancer_type = "application"\n\n  access_logs {\n    bucket  = "LOG_BUCKET_NAME"\n    enabled = true\n  }\n}\n' },
      ],
    },
    {
      name: 'a bucket without enabled = true logs nothing',
      format: 'terraform',
      code: 'resource "aws_lb" "web" {\n  name = "web"\n\n  access_logs {\n    bucket = aws_s3_bucket.lb_logs.id\n  }\n}\n',
      errors: [
        { messageId: 'disabled', severity: 'medium', range: [4, 3, 4, 14], text: 'access_logs', output: 'resource "aws_lb" "web" {\n  name = "web"\n\n  access_logs {\n    bucket = aws_s3_bucket.lb_logs.id\n    enabled = true\n  }\n}\n' },
      ],
    },
    {
      name: 'access logs disabled',
      format: 'terraform',
      code: 'resource "aws_alb" "web" {\n  access_logs {\n    bucket  = aws_s3_bucket.lb_logs.id\n    enabled = false\n  }\n}\n',
      errors: [
        { messageId: 'disabled', severity: 'medium', range: [4, 15, 4, 20], text: 'false', output: 'resource "aws_alb" "web" {\n  access_logs {\n    bucket  = aws_s3_bucket.lb_logs.id\n    enabled = true\n  }\n}\n' },
      ],
    },
    {
      name: 'a Network Load Balancer with a TLS listener',
      format: 'terraform',
      code: 'resource "aws_lb" "nlb" {\n  load_balancer_type = "network"\n}\n\nresource "aws_lb_listener" "tls" {\n  load_balancer_arn = aws_lb.nlb.arn\n  protocol          = "TLS"\n  port              = 443\n}\n',
      errors: [
        { messageId: 'disabled', severity: 'medium', range: [1, 10, 1, 18], text: '"aws_lb"', output: 'resource "aws_lb" "nlb" {\n  load_balancer_type = "network"\n\n  access_logs {\n    bucket  = "LOG_BUCKET_NAME"\n    enabled = true\n  }\n}\n\nresource "aws_lb_listener" "tls" {\n  load_balancer_arn = aws_lb.nlb.arn\n  protocol          = "TLS"\n  port              = 443\n}\n' },
      ],
    },
    {
      name: 'YAML no attributes',
      format: 'yaml',
      code: 'Resources:\n  LB:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties:\n      Subnets: !Ref Subnets\n',
      errors: [
        { messageId: 'disabled', severity: 'medium', range: [3, 11, 3, 52], text: 'AWS::ElasticLoadBalancingV2::LoadBalancer', output: 'Resources:\n  LB:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties:\n      Subnets: !Ref Subnets\n      LoadBalancerAttributes:\n        - Key: access_logs.s3.enabled\n          Value: "true"\n        - Key: access_logs.s3.bucket\n          Value: LOG_BUCKET_NAME\n' },
      ],
    },
    {
      name: 'YAML access logs disabled, no bucket',
      format: 'yaml',
      code: 'Resources:\n  LB:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties:\n      LoadBalancerAttributes:\n        - Key: idle_timeout.timeout_seconds\n          Value: \'60\'\n        - Key: access_logs.s3.enabled\n          Value: \'false\'\n',
      errors: [
        { messageId: 'disabled', severity: 'medium', range: [9, 18, 9, 25], text: '\'false\'', output: 'Resources:\n  LB:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties:\n      LoadBalancerAttributes:\n        - Key: idle_timeout.timeout_seconds\n          Value: \'60\'\n        - Key: access_logs.s3.enabled\n          Value: \'true\'\n        - Key: access_logs.s3.bucket\n          Value: LOG_BUCKET_NAME\n' },
      ],
    },
    {
      name: 'JSON other attributes only',
      format: 'json',
      code: '{\n  "Resources": {\n    "LB": {\n      "Type": "AWS::ElasticLoadBalancingV2::LoadBalancer",\n      "Properties": { "LoadBalancerAttributes": [{ "Key": "deletion_protection.enabled", "Value": "true" }] }\n    }\n  }\n}\n',
      errors: [
        { messageId: 'disabled', severity: 'medium', range: [4, 15, 4, 58], text: '"AWS::ElasticLoadBalancingV2::LoadBalancer"', output: '{\n  "Resources": {\n    "LB": {\n      "Type": "AWS::ElasticLoadBalancingV2::LoadBalancer",\n      "Properties": { "LoadBalancerAttributes": [{ "Key": "deletion_protection.enabled", "Value": "true" }, { "Key": "access_logs.s3.enabled", "Value": "true" }, { "Key": "access_logs.s3.bucket", "Value": "LOG_BUCKET_NAME" }] }\n    }\n  }\n}\n' },
      ],
    },
  ],
});
