import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '.';
import { analyze, ruleTester } from '../../rule-tester';

const bucket = (extra: string) => `resource "google_storage_bucket" "data" {\n  name     = "data"\n  location = "EU"\n${extra}}\n`;
const fromVariable = `variable "ubla" {\n  default = false\n}\n\n${bucket('  uniform_bucket_level_access = var.ubla\n')}`;

ruleTester(rule, {
  valid: [
    { name: 'uniform access on', format: 'terraform', code: bucket('\n  uniform_bucket_level_access = true\n') },
    { name: 'from a variable', format: 'terraform', code: bucket('  uniform_bucket_level_access = var.ubla\n') },
    { name: 'count = 0', format: 'terraform', code: bucket('  count    = 0\n') },
  ],
  invalid: [
    {
      name: 'not set',
      format: 'terraform',
      code: bucket(''),
      errors: [{ messageId: 'absent', severity: 'medium', range: [1, 10, 1, 33], text: '"google_storage_bucket"', output: bucket('  uniform_bucket_level_access = true\n') }],
    },
    {
      name: 'set false',
      format: 'terraform',
      code: bucket('\n  uniform_bucket_level_access = false\n'),
      errors: [{ messageId: 'disabled', range: [5, 33, 5, 38], text: 'false', output: bucket('\n  uniform_bucket_level_access = true\n') }],
    },
    {
      name: 'false from a variable default: reported without a fix',
      format: 'terraform',
      code: fromVariable,
      errors: [{ messageId: 'disabled', range: [8, 33, 8, 41], text: 'var.ubla' }],
    },
  ],
});

test('google-gcs-uniform-access: a false from a variable gets no quick fix (it would overwrite the reference)', () => {
  assert.deepEqual(analyze(rule, 'terraform', fromVariable).map((f) => f.fixes.filter((x) => x.kind === 'quickfix').length), [0]);
});
