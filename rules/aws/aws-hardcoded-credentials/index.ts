/**
 * AWS credentials written into the code: access keys in a `provider "aws"`
 * block, and access keys or secret keys inside EC2 user data and Lambda
 * environment variables. Code is copied, committed and logged; a key in it is
 * a key given away. The message never repeats the secret.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import { get, objects } from '../../../server/src/model/query';
import type { MObject, MValue, ProviderConfig, Resource } from '../../../server/src/model/types';

const messages = {
  provider:
    'The {provider} provider has {what} written in the code. Anyone who can read the repository, its history or a plan can use it. Remove it: use a role, environment variables or a shared credentials profile, and rotate the key.',
  embedded:
    '{where} of {name} contains {what}. It is stored in plain text in the resource, visible to anyone who can describe it, and in the repository. Read credentials at run time from a role, Secrets Manager or Parameter Store instead, and rotate the key.',
};

/** Access key ids: long-term (AKIA), temporary (ASIA) and legacy prefixes. */
const accessKeyId = /\b(?:AKIA|ASIA|A3T[A-Z0-9])[A-Z0-9]{16}\b/;
/** A secret access key given a name that says so (40 base64 characters). */
const namedSecret = /aws_?secret_?access_?key["']?\s*[:=]\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/i;

function literal(value: MValue | undefined): string | undefined {
  return value?.kind === 'scalar' && typeof value.value === 'string' && value.value !== '' && !value.foreign ? value.value : undefined;
}

/** What a text gives away, or undefined when it holds no credential. */
function credentialIn(text: string): string | undefined {
  if (namedSecret.test(text)) return 'an AWS secret access key';
  if (accessKeyId.test(text)) return 'an AWS access key id';
  return undefined;
}

function checkProvider(provider: ProviderConfig, resource: Resource, context: RuleContext): void {
  if (provider.name !== 'aws') return;
  for (const [key, what] of [
    ['secret_key', 'a secret access key'],
    ['access_key', 'an access key id'],
    ['token', 'a session token'],
  ] as const) {
    const value = get(provider.body, key);
    if (literal(value) === undefined || !value?.span) continue;
    context.report({ messageId: 'provider', severity: key === 'access_key' ? 'high' : 'critical', data: { provider: resource.name, what }, span: value.span });
  }
}

function reportIn(value: MValue | undefined, where: string, resource: Resource, context: RuleContext): void {
  const text = literal(value);
  const what = text === undefined ? undefined : credentialIn(text);
  if (!what || !value?.span) return;
  context.report({ messageId: 'embedded', severity: what.includes('secret') ? 'critical' : 'high', data: { where, what, name: resource.name }, span: value.span });
}

function environmentVariables(value: MValue | undefined, where: string, resource: Resource, context: RuleContext): void {
  if (value?.kind !== 'object') return;
  for (const [name, entry] of value.entries) {
    const text = literal(entry.value);
    if (text === undefined) continue;
    // A variable named like a secret key holding 40 key characters is one, whatever else it says.
    const named = /secret_?access_?key/i.test(name) && /^[A-Za-z0-9/+]{40}$/.test(text);
    if (named && entry.value.span) context.report({ messageId: 'embedded', severity: 'critical', data: { where: `${where} ${name}`, what: 'an AWS secret access key', name: resource.name }, span: entry.value.span });
    else reportIn(entry.value, `${where} ${name}`, resource, context);
  }
}

function launchTemplateData(body: MObject): MObject | undefined {
  const data = get(body, 'LaunchTemplateData');
  return data?.kind === 'object' ? data : undefined;
}

export default defineRule({
  meta: {
    id: 'aws-hardcoded-credentials',
    title: 'No AWS credentials are written in the code',
    owner: 'customer',
    duty: 'identity-access',
    severity: 'critical',
    messages,
    description:
      'AWS protects the keys it stores; keys that a customer writes into a provider block, user data or environment variables are exposed to everyone who reads the code, its history, plans and the resource descriptions. Give workloads roles, give people short-lived credentials, and keep secrets in Secrets Manager or Parameter Store.',
    aliases: { checkov: ['CKV_AWS_41', 'CKV_AWS_45', 'CKV_AWS_46'] },
    compliance: ['CIS AWS 1.4', 'NIST 800-53 IA-5(7)', 'NIST 800-53 SC-28'],
    fixable: false,
  },
  terraform: {
    resourceTypes: ['aws_instance', 'aws_launch_template', 'aws_launch_configuration', 'aws_lambda_function'],
    check(resource, context) {
      if (resource.type === 'aws_lambda_function') {
        for (const environment of objects(resource.body, 'environment')) environmentVariables(get(environment, 'variables'), 'Environment variable', resource, context);
        return;
      }
      reportIn(get(resource.body, 'user_data'), 'The user data', resource, context);
    },
    checkProvider,
  },
  cloudformation: {
    resourceTypes: ['AWS::EC2::Instance', 'AWS::EC2::LaunchTemplate', 'AWS::AutoScaling::LaunchConfiguration', 'AWS::Lambda::Function'],
    check(resource, context) {
      if (resource.type === 'AWS::Lambda::Function') {
        const environment = get(resource.body, 'Environment');
        if (environment?.kind === 'object') environmentVariables(get(environment, 'Variables'), 'Environment variable', resource, context);
        return;
      }
      const body = resource.type === 'AWS::EC2::LaunchTemplate' ? launchTemplateData(resource.body) : resource.body;
      reportIn(get(body, 'UserData'), 'The user data', resource, context);
    },
  },
});
