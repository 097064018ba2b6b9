import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'HTTPS listener', format: 'terraform', code: 'resource "aws_lb_listener" "https" {\n  load_balancer_arn = var.lb_arn\n  port              = 443\n  protocol          = "HTTPS"\n  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n  certificate_arn   = var.certificate_arn\n}\n' },
    { name: 'HTTP redirected to HTTPS (Checkov test_success_redirect)', format: 'terraform', code: 'resource "aws_lb_listener" "http" {\n  load_balancer_arn = aws_lb.front_end.arn\n  port              = 80\n  protocol          = "HTTP"\n\n  default_action {\n    type = "redirect"\n\n    redirect {\n      port        = "443"\n      protocol    = "HTTPS"\n      status_code = "HTTP_301"\n    }\n  }\n}\n' },
    { name: 'TCP listener of a Network Load Balancer', format: 'terraform', code: 'resource "aws_lb_listener" "tcp" {\n  load_balancer_arn = aws_lb.front_end.arn\n  port              = 22\n  protocol          = "TCP"\n}\n' },
    { name: 'protocol from a variable is unknown', format: 'terraform', code: 'resource "aws_lb_listener" "l" {\n  load_balancer_arn = var.lb_arn\n  protocol          = var.protocol\n}\n' },
    { name: 'redirect protocol from a variable is unknown', format: 'terraform', code: 'resource "aws_lb_listener" "l" {\n  load_balancer_arn = var.lb_arn\n  protocol          = "HTTP"\n\n  default_action {\n    type = "redirect"\n\n    redirect {\n      protocol = var.redirect_protocol\n    }\n  }\n}\n' },
    { name: 'no protocol on a Gateway Load Balancer listener', format: 'terraform', code: 'resource "aws_lb" "gw" {\n  load_balancer_type = "gateway"\n}\n\nresource "aws_lb_listener" "l" {\n  load_balancer_arn = aws_lb.gw.id\n}\n' },
    { name: 'no protocol, load balancer not in the module: unknown', format: 'terraform', code: 'resource "aws_lb_listener" "l" {\n  load_balancer_arn = var.lb_arn\n}\n' },
    { name: 'a listener with count = 0 does not exist', format: 'terraform', code: 'resource "aws_lb_listener" "l" {\n  count             = 0\n  load_balancer_arn = var.lb_arn\n  protocol          = "HTTP"\n}\n' },
    { name: 'YAML HTTP redirected to HTTPS', format: 'yaml', code: 'Resources:\n  Http:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !Ref LB\n      Port: 80\n      Protocol: HTTP\n      DefaultActions:\n        - Type: redirect\n          RedirectConfig:\n            Protocol: HTTPS\n            Port: \'443\'\n            StatusCode: HTTP_301\n' },
    { name: 'YAML actions behind a condition known true', format: 'yaml', code: 'Conditions:\n  Always: !Equals [a, a]\nResources:\n  Http:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !Ref LB\n      Protocol: HTTP\n      DefaultActions: !If\n        - Always\n        - - Type: redirect\n            RedirectConfig:\n              Protocol: HTTPS\n        - - Type: forward\n            TargetGroupArn: !Ref TG\n' },
    { name: 'JSON TLS listener', format: 'json', code: '{\n  "Resources": {\n    "Tls": {\n      "Type": "AWS::ElasticLoadBalancingV2::Listener",\n      "Properties": { "LoadBalancerArn": { "Ref": "LB" }, "Port": 443, "Protocol": "TLS" }\n    }\n  }\n}\n' },
  ],
  invalid: [
    {
      name: 'HTTP forward with an HTTPS listener on the same load balancer',
      format: 'terraform',
      code: 'resource "aws_lb" "web" {\n  name = "web"\n}\n\nresource "aws_lb_listener" "http" {\n  load_balancer_arn = aws_lb.web.arn\n  port              = 80\n  protocol          = "HTTP"\n\n  default_action {\n    type             = "forward"\n    target_group_arn = aws_lb_target_group.web.arn\n  }\n}\n\nresource "aws_lb_listener" "https" {\n  load_balancer_arn = aws_lb.web.arn\n  port              = 8443\n  protocol          = "HTTPS"\n  certificate_arn   = var.certificate_arn\n\n  default_action {\n    type             = "forward"\n    target_group_arn = aws_lb_target_group.web.arn\n  }\n}\n',
      errors: [
        { messageId: 'http', severity: 'high', range: [8, 23, 8, 29], text: '"HTTP"', output: 'resource "aws_lb" "web" {\n  name = "web"\n}\n\nresource "aws_lb_listener" "http" {\n  load_balancer_arn = aws_lb.web.arn\n  port              = 80\n  protocol          = "HTTP"\n\n  default_action {\n    type = "redirect"\n\n    redirect {\n      port        = "8443"\n      protocol    = "HTTPS"\n      status_code = "HTTP_301"\n    }\n  }\n}\n\nresource "aws_lb_listener" "https" {\n  load_balancer_arn = aws_lb.web.arn\n  port              = 8443\n  protocol          = "HTTPS"\n  certificate_arn   = var.certificate_arn\n\n  default_action {\n    type             = "forward"\n    target_group_arn = aws_lb_target_group.web.arn\n  }\n}\n' },
      ],
    },
    {
      name: 'HTTP forward, no HTTPS listener to redirect to',
      format: 'terraform',
      code: 'resource "aws_alb_listener" "http" {\n  load_balancer_arn = var.lb_arn\n  port              = 80\n  protocol          = "HTTP"\n\n  default_action {\n    type             = "forward"\n    target_group_arn = var.target_group_arn\n  }\n}\n',
      errors: [
        { messageId: 'http', severity: 'high', range: [4, 23, 4, 29], text: '"HTTP"' },
      ],
    },
    {
      name: 'redirect that keeps HTTP (Checkov wrong_redirect)',
      format: 'terraform',
      code: 'resource "aws_lb_listener" "r" {\n  load_balancer_arn = var.lb_arn\n  protocol          = "HTTP"\n  port              = "80"\n\n  default_action {\n    type = "redirect"\n\n    redirect {\n      protocol = "HTTP"\n    }\n  }\n}\n',
      errors: [
        { messageId: 'http', severity: 'high', range: [3, 23, 3, 29], text: '"HTTP"' },
      ],
    },
    {
      name: 'no protocol on an Application Load Balancer means HTTP',
      format: 'terraform',
      code: 'resource "aws_lb" "web" {\n  load_balancer_type = "application"\n}\n\nresource "aws_lb_listener" "l" {\n  load_balancer_arn = aws_lb.web.id\n}\n',
      errors: [
        { messageId: 'http', severity: 'high', range: [5, 10, 5, 27], text: '"aws_lb_listener"' },
      ],
    },
    {
      name: 'YAML HTTP forward with an HTTPS listener',
      format: 'yaml',
      code: 'Resources:\n  LB:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties:\n      Subnets: !Ref Subnets\n  Http:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !Ref LB\n      Port: 80\n      Protocol: HTTP\n      DefaultActions:\n        - Type: forward\n          TargetGroupArn: !Ref TG\n  Https:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !Ref LB\n      Port: 443\n      Protocol: HTTPS\n      DefaultActions:\n        - Type: forward\n          TargetGroupArn: !Ref TG\n',
      errors: [
        { messageId: 'http', severity: 'high', range: [11, 17, 11, 21], text: 'HTTP', output: 'Resources:\n  LB:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties:\n      Subnets: !Ref Subnets\n  Http:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !Ref LB\n      Port: 80\n      Protocol: HTTP\n      DefaultActions:\n        - Type: redirect\n          RedirectConfig:\n            Protocol: HTTPS\n            Port: "443"\n            StatusCode: HTTP_301\n  Https:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !Ref LB\n      Port: 443\n      Protocol: HTTPS\n      DefaultActions:\n        - Type: forward\n          TargetGroupArn: !Ref TG\n' },
      ],
    },
    {
      name: 'JSON HTTP fixed response',
      format: 'json',
      code: '{\n  "Resources": {\n    "Http": {\n      "Type": "AWS::ElasticLoadBalancingV2::Listener",\n      "Properties": {\n        "LoadBalancerArn": { "Ref": "LoadBalancerArn" },\n        "Port": 80,\n        "Protocol": "HTTP",\n        "DefaultActions": [{ "Type": "fixed-response", "FixedResponseConfig": { "StatusCode": "404" } }]\n      }\n    }\n  }\n}\n',
      errors: [
        { messageId: 'http', severity: 'high', range: [8, 21, 8, 27], text: '"HTTP"' },
      ],
    },
    {
      name: 'JSON HTTP with HTTPS listener',
      format: 'json',
      code: '{\n  "Resources": {\n    "LB": { "Type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "Properties": { "Subnets": ["subnet-1", "subnet-2"] } },\n    "Http": {\n      "Type": "AWS::ElasticLoadBalancingV2::Listener",\n      "Properties": {\n        "LoadBalancerArn": { "Ref": "LB" },\n        "Port": 80,\n        "Protocol": "HTTP",\n        "DefaultActions": [{ "Type": "forward", "TargetGroupArn": { "Ref": "TG" } }]\n      }\n    },\n    "Https": {\n      "Type": "AWS::ElasticLoadBalancingV2::Listener",\n      "Properties": { "LoadBalancerArn": { "Ref": "LB" }, "Port": 443, "Protocol": "HTTPS", "DefaultActions": [{ "Type": "forward", "TargetGroupArn": { "Ref": "TG" } }] }\n    }\n  }\n}\n',
      errors: [
        { messageId: 'http', severity: 'high', range: [9, 21, 9, 27], text: '"HTTP"', output: '{\n  "Resources": {\n    "LB": { "Type": "AWS::ElasticLoadBalancingV2::LoadBalancer", "Properties": { "Subnets": ["subnet-1", "subnet-2"] } },\n    "Http": {\n      "Type": "AWS::ElasticLoadBalancingV2::Listener",\n      "Properties": {\n        "LoadBalancerArn": { "Ref": "LB" },\n        "Port": 80,\n        "Protocol": "HTTP",\n        "DefaultActions": [{ "Type": "redirect", "RedirectConfig": { "Protocol": "HTTPS", "Port": "443", "StatusCode": "HTTP_301" } }]\n      }\n    },\n    "Https": {\n      "Type": "AWS::ElasticLoadBalancingV2::Listener",\n      "Properties": { "LoadBalancerArn": { "Ref": "LB" }, "Port": 443, "Protocol": "HTTPS", "DefaultActions": [{ "Type": "forward", "TargetGroupArn": { "Ref": "TG" } }] }\n    }\n  }\n}\n' },
      ],
    },
    {
      name: 'YAML actions behind an unknown condition: the forward branch',
      format: 'yaml',
      code: 'Resources:\n  Http:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !Ref LB\n      Port: 80\n      Protocol: HTTP\n      DefaultActions: !If\n        - IsHttps\n        - - Type: redirect\n            RedirectConfig:\n              Protocol: HTTPS\n        - - Type: forward\n            TargetGroupArn: !Ref TG\n',
      errors: [
        { messageId: 'http', severity: 'high', range: [7, 17, 7, 21], text: 'HTTP' },
      ],
    },
  ],
});
