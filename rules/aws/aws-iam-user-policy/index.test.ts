import rule from '.';
import { ruleTester } from '../../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'group policy', format: 'terraform', code: 'resource "aws_iam_group_policy" "devs" {\n  group  = "devs"\n  policy = "{}"\n}\n' },
    { name: 'attachment to groups and roles only', format: 'terraform', code: 'resource "aws_iam_policy_attachment" "a" {\n  name       = "a"\n  groups     = ["devs"]\n  roles      = ["app"]\n  users      = []\n  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"\n}\n' },
    { name: 'users from a variable may be none', format: 'terraform', code: 'resource "aws_iam_policy_attachment" "a" {\n  name       = "a"\n  users      = var.users\n  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"\n}\n' },
    { name: 'YAML user in groups only', format: 'yaml', code: 'Resources:\n  Bob:\n    Type: AWS::IAM::User\n    Properties:\n      Groups: [Devs]\n      ManagedPolicyArns: []\n' },
  ],
  invalid: [
    {
      name: 'inline user policy',
      format: 'terraform',
      code: 'resource "aws_iam_user_policy" "bob" {\n  user   = aws_iam_user.bob.name\n  policy = "{}"\n}\n',
      errors: [{ messageId: 'inline', severity: 'medium', range: [1, 10, 1, 31], text: '"aws_iam_user_policy"' }],
    },
    {
      name: 'managed policy attached to a user',
      format: 'terraform',
      code: 'resource "aws_iam_user_policy_attachment" "bob" {\n  user       = "bob"\n  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"\n}\n',
      errors: [{ messageId: 'attached', range: [1, 10, 1, 42], text: '"aws_iam_user_policy_attachment"' }],
    },
    {
      name: 'policy attachment naming users',
      format: 'terraform',
      code: 'resource "aws_iam_policy_attachment" "a" {\n  name       = "a"\n  users      = [aws_iam_user.bob.name]\n  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"\n}\n',
      errors: [{ messageId: 'users', range: [3, 3, 3, 8], text: 'users' }],
    },
    {
      name: 'YAML user with inline and managed policies',
      format: 'yaml',
      code: 'Resources:\n  Bob:\n    Type: AWS::IAM::User\n    Properties:\n      Policies:\n        - PolicyName: p\n          PolicyDocument: { Statement: [] }\n      ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess]\n',
      errors: [
        { messageId: 'user-policies', range: [5, 7, 5, 15], text: 'Policies' },
        { messageId: 'user-policies', range: [8, 7, 8, 24], text: 'ManagedPolicyArns' },
      ],
    },
    {
      name: 'JSON managed policy attached to users',
      format: 'json',
      code: '{\n  "Resources": {\n    "P": {\n      "Type": "AWS::IAM::ManagedPolicy",\n      "Properties": { "PolicyDocument": { "Statement": [] }, "Users": [{ "Ref": "Bob" }] }\n    }\n  }\n}\n',
      errors: [{ messageId: 'users', range: [5, 62, 5, 69], text: '"Users"' }],
    },
  ],
});
