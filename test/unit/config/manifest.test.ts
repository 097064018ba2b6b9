/** The manifest mirrors the code: commands, the config schema contribution, and the settings the server reads. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import manifest from '../../../package.json';
import { toPartialConfig } from '../../../server/src/lsp/configuration';

const root = join(__dirname, '../../..');

test('every contributed command is registered by the client', () => {
  const client = readFileSync(join(root, 'client/src/extension.ts'), 'utf8');
  for (const { command } of manifest.contributes.commands) assert.ok(client.includes(`'${command}'`), command);
});

test('the .onus.yaml schema is contributed and exists', () => {
  const [entry] = manifest.contributes.yamlValidation;
  assert.deepEqual(entry.fileMatch, ['.onus.yaml', '.onus.yml']);
  assert.ok(existsSync(join(root, entry.url)));
});

test('every onus.* setting (except trace) reaches the server configuration', () => {
  const props = manifest.contributes.configuration.properties as Record<string, { default: unknown; type: unknown }>;
  const sample: Record<string, unknown> = {};
  const values: Record<string, unknown> = { array: ['x'], boolean: false, number: 2048 };
  for (const [key, prop] of Object.entries(props)) {
    if (key === 'onus.trace.server') continue;
    const type = Array.isArray(prop.type) ? prop.type[0] : prop.type;
    const path = key.slice('onus.'.length).split('.');
    let at = sample;
    for (const p of path.slice(0, -1)) at = (at[p] ??= {}) as Record<string, unknown>;
    at[path[path.length - 1]] = values[type as string];
  }
  const partial = toPartialConfig(sample) as Record<string, unknown>;
  for (const key of Object.keys(props)) {
    if (key === 'onus.trace.server') continue;
    const path = key.slice('onus.'.length).split('.');
    let at: unknown = partial;
    for (const p of path) at = (at as Record<string, unknown> | undefined)?.[p];
    assert.notEqual(at, undefined, `${key} is not read by toPartialConfig`);
  }
});
