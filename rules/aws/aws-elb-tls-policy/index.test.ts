import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'TLS 1.3/1.2 policy', format: 'terraform', code: 'resource "aws_lb_listener" "https" {\n  load_balancer_arn = var.lb_arn\n  port              = 443\n  protocol          = "HTTPS"\n  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n  certificate_arn   = var.certificate_arn\n}\n' },
    { name: 'forward-secrecy TLS 1.2 policy (Checkov tls_fs_1_2)', format: 'terraform', code: 'resource "aws_lb_listener" "tls" {\n  load_balancer_arn = var.lb_arn\n  port              = 8080\n  protocol          = "TLS"\n  ssl_policy        = "ELBSecurityPolicy-FS-1-2-Res-2019-08"\n  certificate_arn   = var.certificate_arn\n}\n' },
    { name: 'policy from a variable is unknown', format: 'terraform', code: 'resource "aws_lb_listener" "https" {\n  load_balancer_arn = var.lb_arn\n  protocol          = "HTTPS"\n  ssl_policy        = var.ssl_policy\n}\n' },
    { name: 'an HTTP listener has no TLS policy (aws-elb-http-listener\'s duty)', format: 'terraform', code: 'resource "aws_lb_listener" "http" {\n  load_balancer_arn = var.lb_arn\n  protocol          = "HTTP"\n}\n' },
    { name: 'TCP listener', format: 'terraform', code: 'resource "aws_lb_listener" "tcp" {\n  load_balancer_arn = var.lb_arn\n  protocol          = "TCP"\n  port              = 8080\n}\n' },
    { name: 'a policy Onus does not know is not reported', format: 'terraform', code: 'resource "aws_lb_listener" "https" {\n  load_balancer_arn = var.lb_arn\n  protocol          = "HTTPS"\n  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09"\n}\n' },
    { name: 'YAML TLS 1.3 only', format: 'yaml', code: 'Resources:\n  Tls:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !Ref LB\n      Protocol: TLS\n      Port: 443\n      SslPolicy: ELBSecurityPolicy-TLS13-1-3-2021-06\n' },
    { name: 'JSON TLS 1.2 extended', format: 'json', code: '{\n  "Resources": {\n    "Https": {\n      "Type": "AWS::ElasticLoadBalancingV2::Listener",\n      "Properties": { "LoadBalancerArn": { "Ref": "LB" }, "Protocol": "HTTPS", "Port": 443, "SslPolicy": "ELBSecurityPolicy-TLS-1-2-Ext-2018-06" }\n    }\n  }\n}\n' },
  ],
  invalid: [
    {
      name: '2016-08 policy accepts TLS 1.0 (Checkov https_2016)',
      format: 'terraform',
      code: 'resource "aws_lb_listener" "https" {\n  load_balancer_arn = var.lb_arn\n  port              = 443\n  protocol          = "HTTPS"\n  ssl_policy        = "ELBSecurityPolicy-2016-08"\n  certificate_arn   = var.certificate_arn\n}\n',
      errors: [
        { messageId: 'weak', severity: 'medium', range: [5, 23, 5, 50], text: '"ELBSecurityPolicy-2016-08"', output: 'resource "aws_lb_listener" "https" {\n  load_balancer_arn = var.lb_arn\n  port              = 443\n  protocol          = "HTTPS"\n  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n  certificate_arn   = var.certificate_arn\n}\n' },
      ],
    },
    {
      name: 'forward-secrecy TLS 1.1 policy on aws_alb_listener',
      format: 'terraform',
      code: 'resource "aws_alb_listener" "tls" {\n  load_balancer_arn = var.lb_arn\n  protocol          = "TLS"\n  ssl_policy        = "ELBSecurityPolicy-FS-1-1-2019-08"\n}\n',
      errors: [
        { messageId: 'weak', severity: 'medium', range: [4, 23, 4, 57], text: '"ELBSecurityPolicy-FS-1-1-2019-08"', output: 'resource "aws_alb_listener" "tls" {\n  load_balancer_arn = var.lb_arn\n  protocol          = "TLS"\n  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n}\n' },
      ],
    },
    {
      name: 'TLS 1.3 policy that still accepts TLS 1.0',
      format: 'terraform',
      code: 'resource "aws_lb_listener" "https" {\n  load_balancer_arn = var.lb_arn\n  protocol          = "https"\n  ssl_policy        = "ELBSecurityPolicy-TLS13-1-0-2021-06"\n}\n',
      errors: [
        { messageId: 'weak', severity: 'medium', range: [4, 23, 4, 60], text: '"ELBSecurityPolicy-TLS13-1-0-2021-06"', output: 'resource "aws_lb_listener" "https" {\n  load_balancer_arn = var.lb_arn\n  protocol          = "https"\n  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n}\n' },
      ],
    },
    {
      name: 'no policy: AWS applies ELBSecurityPolicy-2016-08',
      format: 'terraform',
      code: 'resource "aws_lb_listener" "https" {\n  load_balancer_arn = var.lb_arn\n  port              = 443\n  protocol          = "HTTPS"\n  certificate_arn   = var.certificate_arn\n}\n',
      errors: [
        { messageId: 'default', severity: 'medium', range: [1, 10, 1, 27], text: '"aws_lb_listener"', output: 'resource "aws_lb_listener" "https" {\n  load_balancer_arn = var.lb_arn\n  port              = 443\n  protocol          = "HTTPS"\n  certificate_arn   = var.certificate_arn\n  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n}\n' },
      ],
    },
    {
      name: 'YAML TLS 1.1 policy on a TLS listener',
      format: 'yaml',
      code: 'Resources:\n  Tls:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !Ref LB\n      Protocol: TLS\n      Port: 443\n      SslPolicy: ELBSecurityPolicy-TLS13-1-1-2021-06\n',
      errors: [
        { messageId: 'weak', severity: 'medium', range: [8, 18, 8, 53], text: 'ELBSecurityPolicy-TLS13-1-1-2021-06', output: 'Resources:\n  Tls:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !Ref LB\n      Protocol: TLS\n      Port: 443\n      SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06\n' },
      ],
    },
    {
      name: 'YAML HTTPS without a policy',
      format: 'yaml',
      code: 'Resources:\n  Https:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !Ref LB\n      Protocol: HTTPS\n      Port: 443\n',
      errors: [
        { messageId: 'default', severity: 'medium', range: [3, 11, 3, 48], text: 'AWS::ElasticLoadBalancingV2::Listener', output: 'Resources:\n  Https:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !Ref LB\n      Protocol: HTTPS\n      Port: 443\n      SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06\n' },
      ],
    },
    {
      name: 'JSON legacy policy',
      format: 'json',
      code: '{\n  "Resources": {\n    "Https": {\n      "Type": "AWS::ElasticLoadBalancingV2::Listener",\n      "Properties": { "LoadBalancerArn": { "Ref": "LB" }, "Protocol": "HTTPS", "Port": 443, "SslPolicy": "ELBSecurityPolicy-TLS-1-0-2015-04" }\n    }\n  }\n}\n',
      errors: [
        { messageId: 'weak', severity: 'medium', range: [5, 106, 5, 141], text: '"ELBSecurityPolicy-TLS-1-0-2015-04"', output: '{\n  "Resources": {\n    "Https": {\n      "Type": "AWS::ElasticLoadBalancingV2::Listener",\n      "Properties": { "LoadBalancerArn": { "Ref": "LB" }, "Protocol": "HTTPS", "Port": 443, "SslPolicy": "ELBSecurityPolicy-TLS13-1-2-2021-06" }\n    }\n  }\n}\n' },
      ],
    },
  ],
});
