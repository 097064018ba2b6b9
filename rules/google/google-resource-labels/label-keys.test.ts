import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelKeyFor, sameLabel } from './label-keys';

test('labelKeyFor: required tag keys in Google label form', () => {
  const keys = ['Owner', 'CostCenter', 'DataClassification', 'costCenter', 'Data Class', 'team', 'cost-center', 'env2Name'];
  assert.deepEqual(keys.map(labelKeyFor), ['owner', 'cost_center', 'data_classification', 'cost_center', 'data_class', 'team', 'cost-center', 'env2_name']);
});

test('sameLabel: case and separators set aside, nothing else', () => {
  assert.deepEqual(['cost_center', 'cost-center', 'costcenter', 'CostCenter'].map((k) => sameLabel('CostCenter', k)), [true, true, true, true]);
  assert.deepEqual(['cost', 'center', 'cost_centre', 'owner'].map((k) => sameLabel('CostCenter', k)), [false, false, false, false]);
});
