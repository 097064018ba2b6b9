/**
 * Property-based fuzzing (fast-check, fixed seeds, bounded runs): random
 * mutations of real and fixture files — characters and the tokens that
 * unbalance HCL, YAML and JSON — never make the parser, the engine or the fix
 * renderers throw, always terminate quickly, and keep every span inside the
 * document. (Rendered fixes of a mutated file need not re-parse cleanly.)
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { parseHcl } from '../../server/src/hcl';
import { assertSpansInside, corpusSample, exercise, fixtureSamples, realSkip, type Sample } from './inputs';

const tokens = ['{', '}', '[', ']', '(', ')', '"', '${', '%{', '}"', '<<EOT\n', '<<-EOT\n', '\nEOT\n', '\n', '\r\n', '\t', '=', ':', ',', '#', '//', '/*', '*/', '- ', '!Ref ', '&a ', '*a', '\\', '\u0000', '\ufeff', '😀', ' '];

type Mutation = { op: 'insert' | 'delete' | 'replace'; at: number; length: number; piece: string };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('insert' as const, 'delete' as const, 'replace' as const),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 12 }),
  piece: fc.oneof(fc.constantFrom(...tokens), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })),
});

export function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % (out.length + 1);
    if (m.op === 'insert') out = out.slice(0, at) + m.piece + out.slice(at);
    else if (m.op === 'delete') out = out.slice(0, at) + out.slice(at + m.length);
    else out = out.slice(0, at) + m.piece + out.slice(at + m.length);
  }
  return out;
}

/** Per input: far above the real cost (a few ms), far below a hang. */
const perInputMs = 3_000;

function timed<T>(what: string, fn: () => T): T {
  const start = performance.now();
  const result = fn();
  const ms = performance.now() - start;
  assert.ok(ms < perInputMs, `${what} took ${ms.toFixed(0)} ms`);
  return result;
}

function property(samples: Sample[], seed: number, numRuns: number, check: (name: string, text: string) => void): void {
  fc.assert(
    fc.property(fc.constantFrom(...samples), fc.array(mutation, { minLength: 1, maxLength: 8 }), (sample, mutations) => {
      check(sample.name, mutate(sample.text, mutations));
    }),
    { seed, numRuns, endOnFailure: true },
  );
}

const real = corpusSample(40, 12_000);
const byExt = (re: RegExp) => [...fixtureSamples, ...real].filter((s) => re.test(s.name));

describe('fuzzing: random mutations never break the parser or the engine', () => {
  test('parseHcl never throws, terminates, and keeps spans inside the text', () => {
    property(byExt(/\.tf$/), 0x0a115, 400, (name, text) => {
      const file = timed(`parseHcl(${name})`, () => parseHcl(text));
      assertSpansInside(file, text.length, name);
    });
  });

  test('Terraform: parseDocument + analyzeDocument(allRules) + renderFix on every finding', () => {
    property(byExt(/\.tf$/), 0x7e44, 150, (name, text) => void timed(name, () => exercise(name, text)));
  });

  test('CloudFormation YAML: parseDocument + analyzeDocument(allRules) + renderFix on every finding', () => {
    property(byExt(/\.ya?ml$/), 0x9a41, 150, (name, text) => void timed(name, () => exercise(name, text)));
  });

  test('CloudFormation JSON: parseDocument + analyzeDocument(allRules) + renderFix on every finding', () => {
    property(byExt(/\.json$/), 0x150e, 150, (name, text) => void timed(name, () => exercise(name, text)));
  });

  test('the real corpus sample is present', { skip: realSkip }, () => {
    assert.ok(real.length >= 20, `sampled ${real.length} real files`);
  });
});
