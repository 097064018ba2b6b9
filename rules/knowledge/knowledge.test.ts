/**
 * The responsibility knowledge base: every cloud file matches schema.json, names only real
 * resource types, rules and properties, and covers every type a registered rule checks, so
 * hovers and the matrix never show a finding without its duty.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import { dutyTitles, type Rule } from '../../server/src/engine/rule';
import { nestedPropertyDoc, typeDoc, type PropertyStep } from '../data/property-docs';
import { cloudFormationTagging, terraformTaggable } from '../data/taggable';
import { allRules } from '../index';
import aws from './aws.json';
import azure from './azure.json';
import google from './google.json';
import { allServices, serviceForType, sharedResponsibilityUrl, sharedResponsibilityUrls, type Cloud, type ServiceEntry } from './index';
import { plannedRuleIds } from './planned';
import schema from './schema.json';

const files: Record<Cloud, { cloud: string; sharedResponsibilityUrl: string; services: unknown[] }> = { aws, azure, google };
const clouds = Object.keys(files) as Cloud[];
const services = allServices();
const registered = new Map<string, Rule>(allRules.map((rule) => [rule.meta.id, rule]));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

function types(service: ServiceEntry): string[] {
  return [...service.terraform, ...service.cloudformation];
}

/** Whether a read path (`A.B.C`, list items stepped through unmarked) names a documented property of `type`. */
function isProperty(type: string, path: string): boolean {
  const keys = path.split('.');
  // Each key but the last may hold a list: try every placement of the item steps.
  for (let mask = 0; mask < 1 << (keys.length - 1); mask++) {
    const steps: PropertyStep[] = keys.flatMap((key, i): PropertyStep[] => (mask & (1 << i) ? [key, { item: true }] : [key]));
    if (nestedPropertyDoc(type, steps) !== undefined) return true;
  }
  return false;
}

test('schema: every cloud file validates', () => {
  for (const cloud of clouds) {
    const ok = validate(files[cloud]);
    assert.ok(ok, `${cloud}.json: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`);
  }
});

test('schema: rejects an unknown category, an http link, an unknown key, a duty without rules, a malformed read path', () => {
  const base = JSON.stringify(files.aws);
  const broken: [string, (file: any) => void][] = [
    ['unknown category', (f) => (f.services[0].customer[0].duty = 'security')],
    ['http docs', (f) => (f.services[0].docs = 'http://docs.aws.amazon.com/ebs/')],
    ['unknown key', (f) => (f.services[0].owner = 'customer')],
    ['no rules', (f) => delete f.services[0].customer[0].rules],
    ['no provider duty', (f) => (f.services[0].provider = [])],
    ['bad Terraform type', (f) => f.services[0].terraform.push('AWS_EBS')],
    ['bad read path', (f) => (f.services[0].customer[0].reads = { cloudformation: ['Ebs..Encrypted'] })],
    ['bad cloud', (f) => (f.cloud = 'gcp')],
  ];
  for (const [name, mutate] of broken) {
    const file = JSON.parse(base);
    mutate(file);
    assert.equal(validate(file), false, name);
  }
});

test('schema: its duty categories are exactly the engine’s', () => {
  assert.deepEqual([...schema.definitions.dutyCategory.enum].sort(), Object.keys(dutyTitles).sort());
});

test('each file is its cloud’s: name, Terraform prefix, CloudFormation only on AWS, https links', () => {
  const prefix: Record<Cloud, string> = { aws: 'aws_', azure: 'azurerm_', google: 'google_' };
  for (const cloud of clouds) {
    assert.equal(files[cloud].cloud, cloud);
    assert.equal(sharedResponsibilityUrls[cloud], files[cloud].sharedResponsibilityUrl);
    assert.match(files[cloud].sharedResponsibilityUrl, /^https:\/\//);
    for (const service of services.filter((s) => s.cloud === cloud)) {
      assert.match(service.docs, /^https:\/\/\S+$/, service.id);
      for (const type of service.terraform) assert.ok(type.startsWith(prefix[cloud]), `${cloud} ${service.id}: ${type}`);
      if (cloud !== 'aws') assert.deepEqual(service.cloudformation, [], service.id);
    }
  }
  assert.equal(sharedResponsibilityUrl, sharedResponsibilityUrls.aws);
});

test('service ids are unique within a cloud', () => {
  for (const cloud of clouds) {
    const ids = services.filter((s) => s.cloud === cloud).map((s) => s.id);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], cloud);
  }
});

test('a resource type belongs to at most one service, and serviceForType finds it', () => {
  const owner = new Map<string, string>();
  for (const service of services) {
    for (const type of types(service)) {
      assert.equal(owner.get(type), undefined, `${type} in ${owner.get(type)} and ${service.cloud}/${service.id}`);
      owner.set(type, `${service.cloud}/${service.id}`);
      const found = serviceForType(type);
      assert.equal(found && `${found.cloud}/${found.id}`, `${service.cloud}/${service.id}`);
    }
  }
  assert.equal(serviceForType('random_id'), undefined);
  assert.equal(serviceForType('AWS::CloudFormation::WaitConditionHandle'), undefined);
});

test('coverage: at least 60 AWS services; the named Azure and Google services', () => {
  const ids = (cloud: Cloud) => services.filter((s) => s.cloud === cloud).map((s) => s.id);
  assert.ok(ids('aws').length >= 60, `${ids('aws').length} AWS services`);
  for (const id of ['ec2', 'ebs', 'vpc', 'vpc-network', 's3', 'rds', 'dynamodb', 'lambda', 'iam', 'kms', 'cloudtrail', 'sqs', 'sns', 'eks', 'elb', 'cloudfront']) assert.ok(ids('aws').includes(id), id);
  for (const id of ['storage', 'virtual-machines', 'managed-disks', 'vm-scale-sets', 'virtual-network', 'network-security-groups', 'public-ip', 'sql', 'key-vault', 'aks', 'app-service', 'cosmos-db']) assert.ok(ids('azure').includes(id), id);
  for (const id of ['cloud-storage', 'compute-instances', 'persistent-disk', 'vpc', 'firewall', 'cloud-sql', 'cloud-kms', 'gke', 'bigquery', 'pubsub']) assert.ok(ids('google').includes(id), id);
});

test('rule ids: each is registered in allRules or listed in plannedRuleIds', () => {
  const planned = new Set(plannedRuleIds);
  const unknown = services.flatMap((s) => s.customer.flatMap((d) => d.rules.filter((id) => !registered.has(id) && !planned.has(id)).map((id) => `${s.cloud}/${s.id}: ${id}`)));
  assert.deepEqual(unknown, []);
  // A planned id is named somewhere, once in the list (the list must not outlive the data).
  const named = new Set(services.flatMap((s) => s.customer.flatMap((d) => d.rules)));
  assert.deepEqual(plannedRuleIds.filter((id) => !named.has(id)), []);
  assert.equal(new Set(plannedRuleIds).size, plannedRuleIds.length);
});

test('registered rules: every type they check has an entry naming the rule, under the rule’s own duty', () => {
  const missing: string[] = [];
  for (const rule of allRules) {
    for (const part of [rule.terraform, rule.cloudformation]) {
      if (!part || part.resourceTypes === 'all') continue;
      for (const type of part.resourceTypes) {
        const service = serviceForType(type);
        if (!service) missing.push(`${rule.meta.id}: ${type} has no entry`);
        else if (!service.customer.some((d) => d.rules.includes(rule.meta.id))) missing.push(`${rule.meta.id}: ${service.id} does not name it`);
      }
    }
  }
  assert.deepEqual(missing, []);
  for (const service of services) {
    for (const duty of service.customer) {
      for (const id of duty.rules) {
        const rule = registered.get(id);
        if (rule) assert.equal(duty.duty, rule.meta.duty, `${service.id}: ${id} checks ${rule.meta.duty}, listed under ${duty.duty}`);
      }
    }
  }
});

test('AWS: a service with a taggable type has the tagging duty, and only then', () => {
  for (const service of services.filter((s) => s.cloud === 'aws')) {
    const taggable = service.terraform.some(terraformTaggable) || service.cloudformation.some((t) => cloudFormationTagging(t) !== undefined);
    const duty = service.customer.find((d) => d.rules.includes('aws-resource-tags'));
    assert.equal(duty !== undefined, taggable, service.id);
    if (duty) assert.equal(duty.duty, 'cost-tags', service.id);
  }
});

test('reads: only on duties some rule checks; CloudFormation paths are properties of the service’s types', () => {
  for (const service of services) {
    for (const duty of service.customer) {
      if (!duty.reads) continue;
      assert.ok(duty.rules.length > 0, `${service.id}: reads without rules (${duty.text})`);
      for (const path of duty.reads.cloudformation ?? []) {
        const known =
          service.cloudformation.some((type) => isProperty(type, path)) ||
          service.cloudformation.some((type) => cloudFormationTagging(type)?.property === path);
        assert.ok(known, `${service.id}: ${path} is no property of ${service.cloudformation.join(', ')}`);
      }
    }
  }
});

test('CloudFormation: a read path resolves only when it names a documented property', () => {
  assert.equal(isProperty('AWS::EC2::Instance', 'BlockDeviceMappings.Ebs.Encrypted'), true);
  assert.equal(isProperty('AWS::EC2::Instance', 'BlockDeviceMappings.Ebs.Encrypt'), false);
  assert.equal(isProperty('AWS::EC2::Volume', 'BlockDeviceMappings.Ebs.Encrypted'), false);
});

test('CloudFormation: every type exists in the resource specification', () => {
  const unknown = services.flatMap((s) => s.cloudformation.filter((type) => typeDoc(type) === undefined));
  assert.deepEqual(unknown, []);
});

test('Terraform (AWS): every type is a resource of the hashicorp/aws provider; every attribute read is one of its arguments', (t) => {
  // The provider's generated bindings are a devDependency; without them this check cannot run.
  const lib = join(__dirname, '..', '..', 'node_modules', '@cdktf', 'provider-aws', 'lib');
  if (!existsSync(lib)) {
    t.skip('@cdktf/provider-aws not installed; run npm install to check Terraform names');
    return;
  }
  const declarations = new Map<string, string>();
  const unknown: string[] = [];
  for (const service of services.filter((s) => s.cloud === 'aws')) {
    for (const type of service.terraform) {
      const file = join(lib, type.slice('aws_'.length).replace(/_/g, '-'), 'index.d.ts');
      const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
      if (text.includes(`tfResourceType = "${type}"`)) declarations.set(type, text);
      else unknown.push(type);
    }
    // The bindings document every argument, nested ones too, with a `#<name> <Class>#<name>` link.
    for (const duty of service.customer) {
      for (const path of duty.reads?.terraform ?? []) {
        const argument = (name: string) => service.terraform.some((type) => new RegExp(`#${name} \\w+#${name}\\b`).test(declarations.get(type) ?? ''));
        if (!path.split('.').every(argument)) unknown.push(`${service.id}: ${path}`);
      }
    }
  }
  assert.deepEqual(unknown, []);
});
