import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '.';
import { analyze, ruleTester } from '../../rule-tester';

const instance = (settings: string) => `resource "google_sql_database_instance" "db" {\n  name             = "db"\n  database_version = "POSTGRES_15"\n\n  settings {\n    tier = "db-f1-micro"\n${settings}  }\n}\n`;
const ip = (body: string) => `\n    ip_configuration {\n${body}    }\n`;

ruleTester(rule, {
  valid: [
    { name: 'private IP only', format: 'terraform', code: instance(ip('      ipv4_enabled    = false\n      private_network = google_compute_network.vpc.id\n')) },
    { name: 'ipv4_enabled from a variable', format: 'terraform', code: instance(ip('      ipv4_enabled = var.public\n')) },
    { name: 'ip_configuration from a variable', format: 'terraform', code: instance('    ip_configuration = var.ip\n') },
    { name: 'authorized network 0.0.0.0/0 without a public IP is unreachable', format: 'terraform', code: instance(ip('      ipv4_enabled    = false\n      private_network = "projects/p/global/networks/vpc"\n\n      authorized_networks {\n        value = "0.0.0.0/0"\n      }\n')) },
  ],
  invalid: [
    {
      name: 'no ip_configuration: public by default',
      format: 'terraform',
      code: instance(''),
      errors: [{ messageId: 'defaultPublic', severity: 'medium', range: [5, 3, 5, 11], text: 'settings' }],
    },
    {
      name: 'ipv4_enabled true with a private network: fix turns the public IP off',
      format: 'terraform',
      code: instance(ip('      ipv4_enabled    = true\n      private_network = google_compute_network.vpc.id\n')),
      errors: [
        {
          messageId: 'public',
          range: [9, 25, 9, 29],
          text: 'true',
          output: instance(ip('      ipv4_enabled    = false\n      private_network = google_compute_network.vpc.id\n')),
        },
      ],
    },
    {
      name: 'ip_configuration without ipv4_enabled and with a private network',
      format: 'terraform',
      code: instance(ip('      private_network = google_compute_network.vpc.id\n')),
      errors: [
        {
          messageId: 'defaultPublic',
          range: [8, 5, 8, 21],
          text: 'ip_configuration',
          output: instance(ip('      private_network = google_compute_network.vpc.id\n      ipv4_enabled    = false\n')),
        },
      ],
    },
    {
      name: 'ipv4_enabled true, no private network: reported without a fix',
      format: 'terraform',
      code: instance(ip('      ipv4_enabled = true\n')),
      errors: [{ messageId: 'public', range: [9, 22, 9, 26], text: 'true' }],
    },
    {
      name: 'authorized network open to the world',
      format: 'terraform',
      code: instance(ip('      authorized_networks {\n        name  = "all"\n        value = "0.0.0.0/0"\n      }\n')),
      errors: [
        {
          messageId: 'world',
          severity: 'critical',
          range: [11, 17, 11, 28],
          text: '"0.0.0.0/0"',
          output: instance(ip('      authorized_networks {\n        name  = "all"\n        value = "203.0.113.0/24"\n      }\n')),
        },
      ],
    },
    {
      name: 'ip_configuration written as an attribute object',
      format: 'terraform',
      code: instance('    ip_configuration = {\n      ipv4_enabled = true\n    }\n'),
      errors: [{ messageId: 'public', range: [8, 22, 8, 26], text: 'true' }],
    },
  ],
});

test('google-sql-public-ip: no fix turns the public IP off without a private network (the provider would reject it)', () => {
  for (const code of [instance(''), instance(ip('      ipv4_enabled = true\n'))]) {
    assert.deepEqual(analyze(rule, 'terraform', code).map((f) => f.fixes.filter((x) => x.kind === 'quickfix').length), [0]);
  }
});
