/** Hover on a Terraform expression: its evaluated value, or why it is unknown; literals get no value hover. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hoverAt } from '../../../server/src/index';
import { analyze } from './helpers';

const main = 'resource "test" "t" {\n  name   = "${var.env}-${local.n}"\n  subnet = cidrsubnet(local.cidr, 8, 1)\n  id     = aws_vpc.main.id\n  plain  = "literal"\n}\n';
const files = { 'main.tf': main, 'variables.tf': 'variable "env" {\n  default = "prod"\n}\n', 'locals.tf': 'locals {\n  n    = 2\n  cidr = "10.0.0.0/16"\n}\n' };

function hover(needle: string): string | undefined {
  const { document, findings } = analyze(files);
  return hoverAt(document, findings, document.text.indexOf(needle) + 1)?.markdown;
}

test('hover shows evaluated values of variables, locals and functions', () => {
  assert.match(hover('"${var.env}')!, /```hcl\n"prod-2"\n```/);
  assert.match(hover('cidrsubnet(')!, /"10\.0\.1\.0\/24"/);
});

test('hover on an unknown value says why; a literal has no value hover', () => {
  assert.equal(hover('aws_vpc.main.id'), '`aws_vpc.main.id` is not known statically: resource attribute (known after apply).');
  assert.equal(hover('"literal"'), undefined);
});
