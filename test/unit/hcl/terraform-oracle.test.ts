/**
 * Edge cases judged by Terraform itself. Each row says whether the snippet is
 * valid HCL; our parser must agree (no errors exactly when valid). Where
 * `terraform` is on PATH, `terraform fmt -check` checks the table too:
 * exit 0 or 3 = valid syntax, exit 2 with an error = invalid.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseHcl } from '../../../server/src/hcl/index';

const rows: [name: string, source: string, valid: boolean][] = [
  ['simple attribute', 'a = 1\n', true],
  ['last line without newline', 'a = 1\nb = 2', true],
  ['two attributes on one line', 'a = 1 b = 2\n', false],
  ['attribute and block on one line', 'a = 1 b {}\n', false],
  ['block then attribute on one line', 'b {} a = 1\n', false],
  ['one-line block', 'b { x = 1 }\n', true],
  ['empty one-line block', 'b {}\n', true],
  ['one-line block with two attributes', 'b { x = 1 y = 2 }\n', false],
  ['one-line block with a comma', 'b { x = 1, y = 2 }\n', false],
  ['one-line block with a nested block', 'b { c {} }\n', false],
  ['one-line block not closed on its line', 'b { x = 1\n}\n', false],
  ['attribute before a closing brace on its line', 'b {\n  x = 1 }\n', false],
  ['extra closing brace after a block', 'b {}}\n', false],
  ['block brace on the next line', 'b "a" "b"\n{\n}\n', false],
  ['identifier labels', 'b "x" y {\n}\n', true],
  ['interpolation in a label', 'b "x${y}" {}\n', false],
  ['quoted argument name', '"a" = 1\n', false],
  ['missing equals', 'a 1\n', false],
  ['unclosed block', 'b {\n  x = 1\n', false],
  ['unclosed tuple', 'a = [1, 2\n', false],
  ['newline inside a quoted string', 'a = "x\ny"\n', false],
  ['newline inside an interpolation', 'a = "${x\n}"\n', true],
  ['exponent number', 'a = 1e10\n', true],
  ['fraction and signed exponent', 'a = 1.5e-3\n', true],
  ['trailing dot', 'a = 1.\n', false],
  ['two dots in a number', 'a = 1.2.3\n', false],
  ['leading dot', 'a = .5\n', false],
  ['hex number', 'a = 0x10\n', false],
  ['invalid escape', 'a = "\\q"\n', false],
  ['unicode escapes', 'a = "\\u00e9\\U0001F600"\n', true],
  ['short unicode escape', 'a = "\\u12"\n', false],
  ['surrogate escape', 'a = "\\uD800"\n', false],
  ['template escapes', 'a = "$${x} %%{y} 100% $"\n', true],
  ['strip markers', 'a = "${a}${~b} %{ if x ~} y %{~ endif }"\n', true],
  ['if directive', 'a = "%{ if x }y%{ else }z%{ endif }"\n', true],
  ['for directive', 'a = "%{ for k, v in y }${v}%{ endfor }"\n', true],
  ['if without endif', 'a = "%{ if x }y"\n', false],
  ['endif without if', 'a = "%{ endif }"\n', false],
  ['unknown directive', 'a = "%{ foo }"\n', false],
  ['empty interpolation', 'a = "${}"\n', false],
  ['two expressions in an interpolation', 'a = "${x y}"\n', false],
  ['bare interpolation outside a string', 'a = ${x}\n', false],
  ['heredoc', 'a = <<EOT\nx\nEOT\n', true],
  ['heredoc closed at end of file without newline', 'a = <<EOT\nx\nEOT', false],
  ['heredoc marker with surrounding spaces', 'a = <<EOT\nx\n  EOT  \n', true],
  ['indented heredoc', 'a = <<-EOT\n    x\n  EOT\n', true],
  ['heredoc introducer with trailing space', 'a = <<EOT  \nx\nEOT\n', false],
  ['heredoc with interpolation and directive', 'a = <<EOT\n%{ for x in y ~}\n${x}\n%{ endfor ~}\nEOT\n', true],
  ['empty heredoc', 'a = <<EOT\nEOT\n', true],
  ['conditional broken over lines at body level', 'a = x ? 1 :\n2\n', false],
  ['operator at line end at body level', 'a = 1 +\n2\n', false],
  ['operator at line end inside parentheses', 'a = (1 +\n2)\n', true],
  ['newline before a dot at body level', 'a = x\n.y\n', false],
  ['function name and parenthesis on different lines', 'a = f\n(1)\n', false],
  ['object items separated by newlines', 'a = {\n  a = 1\n  b = 2\n}\n', true],
  ['object items on one line without comma', 'a = { b = 1 c = 2 }\n', false],
  ['object items on one line of a multi-line object', 'a = {\na = 1 b = 2\n}\n', false],
  ['object keys: quoted, colon, parenthesised', 'a = {\n  "k": 1\n  (v) = 2\n}\n', true],
  ['object trailing comma', 'a = { a = 1, }\n', true],
  ['tuple trailing comma', 'a = [1, 2,]\n', true],
  ['for as an object key', 'a = {for = 1}\n', false],
  ['multi-line tuple for', 'a = [for x in y: x\n]\n', true],
  ['object for with grouping and condition', 'a = { for k, v in m : k => v... if v }\n', true],
  ['tuple for with a key', 'a = [for k, v in m : k => v]\n', false],
  ['object for without a key', 'a = {for k, v in m : v}\n', false],
  ['grouping in a tuple for', 'a = [for v in m : v...]\n', false],
  ['attribute splat then index', 'a = x.*.y[0]\n', true],
  ['full splat with traversals', 'a = x[*].y[0].z\n', true],
  ['nested attribute splat', 'a = x.*.*\n', false],
  ['legacy index', 'a = x.0.y\n', true],
  ['chained legacy index', 'a = x.0.1\n', false],
  ['provider function', 'a = provider::aws::arn_parse("x")\n', true],
  ['provider namespace without call', 'a = provider::aws\n', false],
  ['expanded final argument', 'a = f(x...)\n', true],
  ['expanded argument not last', 'a = f(x..., y)\n', false],
  ['dash in an identifier', 'a = a-1\n', true],
  ['unary and binary operators', 'a = -1 + !true == false || x && y\n', true],
  ['nested conditionals', 'a = a ? b ? c : d : e\n', true],
  ['comments of every style', 'a = 1 # c\nb = 2 // d\nc = 3 /* e */\n', true],
  ['block comment hiding a newline', 'a = 1 /* multi\nline */ b = 2\n', false],
  ['unterminated block comment', 'a = 1 /* x\n', false],
  ['comma after an argument', 'b = 1,\n', false],
  ['CRLF line endings', 'b {\r\n  a = 1\r\n}\r\n', true],
  ['stray semicolon', 'a = 1;\n', false],
];

for (const [name, source, valid] of rows) {
  test(`oracle table: ${name} is ${valid ? 'valid' : 'invalid'}`, () => {
    const errors = parseHcl(source).errors;
    assert.equal(errors.length === 0, valid, `${JSON.stringify(source)}: ${JSON.stringify(errors)}`);
  });
}

const haveTerraform = spawnSync('terraform', ['version'], { encoding: 'utf8' }).status === 0;

test('terraform fmt agrees with the oracle table', { skip: haveTerraform ? false : 'terraform not on PATH' }, async () => {
  const run = promisify(execFile);
  const dir = mkdtempSync(path.join(tmpdir(), 'onus-hcl-oracle-'));
  try {
    const verdicts: (boolean | string)[] = new Array(rows.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      for (let i = next++; i < rows.length; i = next++) {
        const file = path.join(dir, `case${i}.tf`);
        writeFileSync(file, rows[i][1]);
        try {
          await run('terraform', ['fmt', '-check', '-no-color', file]);
          verdicts[i] = true;
        } catch (e) {
          const err = e as { code?: number; stderr?: string };
          if (err.code === 3) verdicts[i] = true; // valid, just not formatted
          else if (err.code === 2 && /Error|Invalid/.test(err.stderr ?? '')) verdicts[i] = false;
          else verdicts[i] = `unexpected terraform result ${err.code}: ${err.stderr}`;
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    const disagreements: string[] = [];
    rows.forEach(([name, source], i) => {
      const ours = parseHcl(source).errors.length === 0;
      if (verdicts[i] !== rows[i][2]) disagreements.push(`${name}: table says ${rows[i][2]}, terraform says ${verdicts[i]}`);
      if (verdicts[i] !== ours) disagreements.push(`${name}: we say ${ours}, terraform says ${verdicts[i]}`);
    });
    assert.deepEqual(disagreements, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
