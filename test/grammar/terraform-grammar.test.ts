// Tokenises snippets with the real TextMate engine VS Code uses (vscode-textmate + oniguruma wasm)
// and asserts the exact scope stack of chosen tokens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar, type StateStack } from 'vscode-textmate';

const root = resolve(__dirname, '../..');
const grammarPath = join(root, 'syntaxes', 'terraform.tmLanguage.json');
const SCOPE = 'source.terraform';

async function loadGrammar(): Promise<IGrammar> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm);
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === SCOPE ? parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null,
  });
  const grammar = await registry.loadGrammar(SCOPE);
  assert.ok(grammar, 'grammar did not load');
  return grammar;
}

// Loaded once, on first use, for every test in this file.
const grammar = loadGrammar();

interface Token {
  readonly text: string;
  /** The scope stack without the root `source.terraform`, space-separated. */
  readonly scopes: string;
}

async function tokenize(source: string): Promise<Token[]> {
  const g = await grammar;
  const tokens: Token[] = [];
  let state: StateStack = INITIAL;
  for (const line of source.split('\n')) {
    const result = g.tokenizeLine(line, state);
    for (const t of result.tokens) {
      assert.equal(t.scopes[0], SCOPE);
      tokens.push({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes.slice(1).join(' ') });
    }
    state = result.ruleStack;
  }
  return tokens;
}

/** [token text, expected scopes (without the root), which occurrence of that text (default 0)] */
type Expectation = readonly [text: string, scopes: string, occurrence?: number];

interface Case {
  readonly name: string;
  readonly source: string;
  readonly expect: readonly Expectation[];
}

const BLOCK = 'meta.block.terraform';
const NESTED = `${BLOCK} ${BLOCK}`;
const STR = 'string.quoted.double.terraform';
const INTERP = `${STR} meta.interpolation.terraform`;
const EMBED = `${INTERP} meta.embedded.line.terraform`;
const HEREDOC = `${BLOCK} string.unquoted.heredoc.terraform`;
const HASH = 'comment.line.number-sign.terraform';
const DIRECTIVE = `${HASH} meta.directive.onus`;

const cases: readonly Case[] = [
  {
    name: 'block header with two labels',
    source: 'resource "aws_s3_bucket" "logs" {\n}',
    expect: [
      ['resource', `${BLOCK} storage.type.block.terraform`],
      ['"', `${BLOCK} ${STR} punctuation.definition.string.begin.terraform`, 0],
      ['aws_s3_bucket', `${BLOCK} ${STR} entity.name.type.terraform`],
      ['"', `${BLOCK} ${STR} punctuation.definition.string.end.terraform`, 1],
      ['logs', `${BLOCK} ${STR} entity.name.label.terraform`],
      ['{', `${BLOCK} punctuation.section.block.begin.terraform`],
      ['}', `${BLOCK} punctuation.section.block.end.terraform`],
    ],
  },
  {
    name: 'block header with one label, and with none',
    source: 'variable "region" {}\nlocals {\n}',
    expect: [
      ['variable', `${BLOCK} storage.type.block.terraform`],
      ['region', `${BLOCK} ${STR} entity.name.label.terraform`],
      ['locals', `${BLOCK} storage.type.block.terraform`],
    ],
  },
  {
    name: 'nested blocks: schema block, one-line meta block, dynamic',
    source: [
      'resource "aws_s3_bucket" "b" {',
      '  versioning {',
      '    enabled = true',
      '  }',
      '  lifecycle { prevent_destroy = true }',
      '  dynamic "rule" {',
      '  }',
      '}',
    ].join('\n'),
    expect: [
      ['versioning', `${NESTED} entity.name.type.block.terraform`],
      ['enabled', `${NESTED} entity.other.attribute-name.terraform`],
      ['lifecycle', `${NESTED} storage.type.block.terraform`],
      ['prevent_destroy', `${NESTED} entity.other.attribute-name.terraform`],
      ['dynamic', `${NESTED} storage.type.block.terraform`],
      ['rule', `${NESTED} ${STR} entity.name.label.terraform`],
    ],
  },
  {
    name: 'attribute name and assignment',
    source: 'resource "aws_instance" "web" {\n  instance_type = "t3.micro"\n}\nregion = "eu-west-1"',
    expect: [
      ['instance_type', `${BLOCK} entity.other.attribute-name.terraform`],
      ['=', `${BLOCK} keyword.operator.assignment.terraform`],
      ['t3.micro', `${BLOCK} ${STR}`],
      ['region', 'entity.other.attribute-name.terraform'],
    ],
  },
  {
    name: 'string escapes and interpolations with expressions inside',
    source: 'name = "a\\n${var.env}-${each.key}-$${lit}\\q"\nidx = "${count.index}"',
    expect: [
      ['"', `${STR} punctuation.definition.string.begin.terraform`, 0],
      ['a', STR],
      ['\\n', `${STR} constant.character.escape.terraform`],
      ['${', `${INTERP} punctuation.section.interpolation.begin.terraform`, 0],
      ['var', `${EMBED} variable.language.terraform`],
      ['.', `${EMBED} punctuation.accessor.terraform`, 0],
      ['env', `${EMBED} variable.other.member.terraform`],
      ['}', `${INTERP} punctuation.section.interpolation.end.terraform`, 0],
      ['each', `${EMBED} variable.language.terraform`],
      ['key', `${EMBED} variable.other.member.terraform`],
      ['$${', `${STR} constant.character.escape.terraform`],
      ['\\q', `${STR} invalid.illegal.escape.terraform`],
      ['count', `${EMBED} variable.language.terraform`],
      ['index', `${EMBED} variable.other.member.terraform`],
    ],
  },
  {
    name: 'nested strings and function calls inside an interpolation',
    source: 'x = "${join(",", [upper("a")])}"',
    expect: [
      ['join', `${EMBED} meta.function-call.terraform entity.name.function.terraform`],
      [',', `${EMBED} meta.function-call.terraform ${STR}`, 0],
      [',', `${EMBED} meta.function-call.terraform punctuation.separator.comma.terraform`, 1],
      ['upper', `${EMBED} meta.function-call.terraform meta.brackets.terraform meta.function-call.terraform entity.name.function.terraform`],
    ],
  },
  {
    name: 'template directives with strip markers',
    source: 'x = "%{ if var.on ~}yes%{ else }no%{ endif }"',
    expect: [
      ['%{', `${STR} meta.directive.terraform punctuation.section.directive.begin.terraform`, 0],
      ['if', `${STR} meta.directive.terraform meta.embedded.line.terraform keyword.control.conditional.terraform`],
      ['var', `${STR} meta.directive.terraform meta.embedded.line.terraform variable.language.terraform`],
      ['~', `${STR} meta.directive.terraform keyword.operator.template.strip.terraform`],
      ['}', `${STR} meta.directive.terraform punctuation.section.directive.end.terraform`, 0],
      ['yes', STR],
      ['else', `${STR} meta.directive.terraform meta.embedded.line.terraform keyword.control.conditional.terraform`],
      ['endif', `${STR} meta.directive.terraform meta.embedded.line.terraform keyword.control.conditional.terraform`],
    ],
  },
  {
    name: 'indented heredoc: begin, interpolation, end by backreference',
    source: [
      'resource "aws_iam_policy" "p" {',
      '  policy = <<-POLICY',
      '    {"Resource": "${aws_s3_bucket.b.arn}"}',
      '    EOT',
      '    %{ for s in var.l }${s}%{ endfor }',
      '  POLICY',
      '  name = "after"',
      '}',
    ].join('\n'),
    expect: [
      ['<<-', `${HEREDOC} punctuation.definition.string.begin.terraform`],
      ['POLICY', `${HEREDOC} keyword.control.heredoc.terraform`, 0],
      ['    {"Resource": "', HEREDOC],
      ['aws_s3_bucket', `${HEREDOC} meta.interpolation.terraform meta.embedded.line.terraform variable.other.readwrite.terraform`],
      ['    EOT', HEREDOC],
      ['for', `${HEREDOC} meta.directive.terraform meta.embedded.line.terraform keyword.control.for.terraform`],
      ['in', `${HEREDOC} meta.directive.terraform meta.embedded.line.terraform keyword.control.in.terraform`],
      ['endfor', `${HEREDOC} meta.directive.terraform meta.embedded.line.terraform keyword.control.for.terraform`],
      ['POLICY', `${HEREDOC} keyword.control.heredoc.terraform`, 1],
      ['name', `${BLOCK} entity.other.attribute-name.terraform`],
    ],
  },
  {
    name: 'plain heredoc: a longer marker does not end it',
    source: 'user_data = <<EOT\necho hi\nEOTX\nEOT\nnext = 1',
    expect: [
      ['<<', 'string.unquoted.heredoc.terraform punctuation.definition.string.begin.terraform'],
      ['EOT', 'string.unquoted.heredoc.terraform keyword.control.heredoc.terraform', 0],
      ['EOTX', 'string.unquoted.heredoc.terraform'],
      ['EOT', 'string.unquoted.heredoc.terraform keyword.control.heredoc.terraform', 1],
      ['next', 'entity.other.attribute-name.terraform'],
    ],
  },
  {
    name: 'comments: #, // and /* */ across lines',
    source: '# hash\nx = 1 // slash\n/* block\n   still */ y = 2',
    expect: [
      ['#', `${HASH} punctuation.definition.comment.terraform`],
      [' hash', HASH],
      ['//', 'comment.line.double-slash.terraform punctuation.definition.comment.terraform'],
      ['/*', 'comment.block.terraform punctuation.definition.comment.begin.terraform'],
      ['   still ', 'comment.block.terraform'],
      ['*/', 'comment.block.terraform punctuation.definition.comment.end.terraform'],
      ['y', 'variable.other.readwrite.terraform'],
    ],
  },
  {
    name: 'Onus suppression directive in comments',
    source: [
      '# onus:ignore aws-ebs-encryption,CKV_AWS_3 -- encrypted by the platform',
      'x = 1 // onus:ignore aws-resource-tags',
      '/* onus:ignore * */',
      'y = "onus:ignore not-in-strings"',
      '# see onus:ignored-words',
    ].join('\n'),
    expect: [
      ['onus:ignore', `${DIRECTIVE} keyword.other.directive.onus`, 0],
      ['aws-ebs-encryption', `${DIRECTIVE} constant.other.rule-id.onus`],
      [',', `${DIRECTIVE} punctuation.separator.comma.onus`],
      ['CKV_AWS_3', `${DIRECTIVE} constant.other.rule-id.onus`],
      ['--', `${DIRECTIVE} punctuation.separator.reason.onus`],
      [' encrypted by the platform', HASH],
      ['onus:ignore', 'comment.line.double-slash.terraform meta.directive.onus keyword.other.directive.onus', 1],
      ['aws-resource-tags', 'comment.line.double-slash.terraform meta.directive.onus constant.other.rule-id.onus'],
      ['onus:ignore', 'comment.block.terraform meta.directive.onus keyword.other.directive.onus', 2],
      ['*', 'comment.block.terraform meta.directive.onus constant.other.rule-id.onus'],
      ['onus:ignore not-in-strings', STR],
      [' see onus:ignored-words', HASH],
    ],
  },
  {
    name: 'numbers, booleans, null, operators',
    source: 'x = -1.5e3 + 42 >= 7 && !true || false == null ? a % 2 : b',
    expect: [
      ['-', 'keyword.operator.arithmetic.terraform', 0],
      ['1.5e3', 'constant.numeric.terraform'],
      ['+', 'keyword.operator.arithmetic.terraform'],
      ['42', 'constant.numeric.terraform'],
      ['>=', 'keyword.operator.comparison.terraform'],
      ['&&', 'keyword.operator.logical.terraform'],
      ['!', 'keyword.operator.logical.terraform'],
      ['true', 'constant.language.boolean.terraform'],
      ['false', 'constant.language.boolean.terraform'],
      ['==', 'keyword.operator.comparison.terraform'],
      ['null', 'constant.language.null.terraform'],
      ['?', 'keyword.operator.conditional.terraform'],
      ['%', 'keyword.operator.arithmetic.terraform'],
      [':', 'keyword.operator.conditional.terraform'],
    ],
  },
  {
    name: 'function calls, provider-defined functions, splats',
    source: 'a = length(aws_instance.web[*].id)\nb = provider::aws::arn_parse(var.arn)\nc = merge(var.t, {\n  Name = "n"\n})',
    expect: [
      ['length', 'meta.function-call.terraform entity.name.function.terraform'],
      ['(', 'meta.function-call.terraform punctuation.definition.arguments.begin.terraform', 0],
      ['aws_instance', 'meta.function-call.terraform variable.other.readwrite.terraform'],
      ['*', 'meta.function-call.terraform keyword.operator.splat.terraform'],
      [')', 'meta.function-call.terraform punctuation.definition.arguments.end.terraform', 0],
      ['provider', 'meta.function-call.terraform storage.modifier.provider.terraform'],
      ['::', 'meta.function-call.terraform punctuation.separator.namespace.terraform', 0],
      ['aws', 'meta.function-call.terraform entity.name.namespace.terraform'],
      ['arn_parse', 'meta.function-call.terraform entity.name.function.terraform'],
      ['Name', 'meta.function-call.terraform meta.braces.terraform entity.other.attribute-name.terraform'],
    ],
  },
  {
    name: 'for expressions: tuple and object forms',
    source: 'l = [for s in var.list : upper(s) if s != ""]\nm = { for k, v in local.m : k => v... }',
    expect: [
      ['for', 'meta.brackets.terraform meta.for.terraform keyword.control.for.terraform', 0],
      ['s', 'meta.brackets.terraform meta.for.terraform variable.other.readwrite.terraform', 0],
      ['in', 'meta.brackets.terraform meta.for.terraform keyword.control.in.terraform', 0],
      ['if', 'meta.brackets.terraform meta.for.terraform keyword.control.conditional.terraform'],
      [']', 'meta.brackets.terraform punctuation.section.brackets.end.terraform'],
      ['for', 'meta.braces.terraform meta.for.terraform keyword.control.for.terraform', 1],
      ['local', 'meta.braces.terraform meta.for.terraform variable.language.terraform'],
      ['=>', 'meta.braces.terraform meta.for.terraform keyword.operator.arrow.terraform'],
      ['...', 'meta.braces.terraform meta.for.terraform keyword.operator.ellipsis.terraform'],
      ['}', 'meta.braces.terraform punctuation.section.braces.end.terraform'],
    ],
  },
  {
    name: 'object keys, not ternary branches',
    source: 'tags = {\n  Name = x ? y : z\n  "Quoted" = 1\n}',
    expect: [
      ['Name', 'meta.braces.terraform entity.other.attribute-name.terraform'],
      ['y', 'meta.braces.terraform variable.other.readwrite.terraform'],
      [':', 'meta.braces.terraform keyword.operator.conditional.terraform'],
      ['Quoted', `meta.braces.terraform ${STR}`],
    ],
  },
  {
    name: 'an unclosed quote stops at the end of its line',
    source: 'a = "open\nb = 1',
    expect: [
      ['open', STR],
      ['b', 'entity.other.attribute-name.terraform'],
    ],
  },
];

for (const c of cases) {
  test(`grammar: ${c.name}`, async () => {
    const tokens = await tokenize(c.source);
    for (const [text, scopes, occurrence = 0] of c.expect) {
      const found = tokens.filter((t) => t.text === text)[occurrence];
      assert.ok(found, `no token ${JSON.stringify(text)} #${occurrence} in:\n${tokens.map((t) => `${JSON.stringify(t.text)} ${t.scopes}`).join('\n')}`);
      assert.equal(found.scopes, scopes, `scopes of ${JSON.stringify(text)} #${occurrence}`);
    }
  });
}

test('grammar: the manifest points at this grammar with its scope name', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    contributes: { grammars: { language: string; scopeName: string; path: string }[] };
  };
  const entry = manifest.contributes.grammars.find((g) => g.language === 'terraform');
  assert.ok(entry, 'no contributes.grammars entry for terraform');
  assert.equal(entry.scopeName, SCOPE);
  assert.equal(resolve(root, entry.path), grammarPath);
  const raw = JSON.parse(readFileSync(grammarPath, 'utf8')) as { scopeName: string };
  assert.equal(raw.scopeName, SCOPE);
});
