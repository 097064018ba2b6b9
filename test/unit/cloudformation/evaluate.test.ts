/**
 * Intrinsic functions, Parameters, Mappings and Conditions, through the engine
 * entry point: what each evaluates to, where findings point (exact ranges) and
 * what their fixes edit. Unknown stays unknown and never produces a finding.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, fixed, rows, type Row } from './engine-helpers';
import { plain, resource } from './helpers';

const EBS = ['aws-ebs-encryption'];
const SG = ['aws-security-group-open-ingress'];

const vol = (props: string, head = '') => `${head}Resources:\n  V:\n    Type: AWS::EC2::Volume\n    Properties:\n${props}`;
const sg = (cidr: string, head = '') => `${head}Resources:\n  G:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 22\n          ToPort: 22\n          CidrIp: ${cidr}\n`;

interface Case {
  name: string;
  text: string;
  syntax?: 'yaml' | 'json';
  rules: string[];
  rows: Row[];
  /** Text after the first finding's quick fix. */
  output?: string;
}

const cases: Case[] = [
  // Ref
  {
    name: 'Ref to a parameter with a Default is its Default; the finding points at the Ref',
    text: vol('      Encrypted: !Ref Enc\n', 'Parameters:\n  Enc:\n    Type: String\n    Default: "false"\n'),
    rules: EBS,
    rows: [['aws-ebs-encryption', 'volume', [9, 18, 9, 26], '!Ref Enc']],
    output: vol('      Encrypted: true\n', 'Parameters:\n  Enc:\n    Type: String\n    Default: "false"\n'),
  },
  { name: 'Ref to a parameter without Default is unknown', text: vol('      Encrypted: !Ref Enc\n', 'Parameters:\n  Enc:\n    Type: String\n'), rules: EBS, rows: [] },
  { name: 'Ref to a parameter with a compliant Default', text: vol('      Encrypted: { Ref: Enc }\n', 'Parameters:\n  Enc:\n    Type: String\n    Default: true\n'), rules: EBS, rows: [] },
  { name: 'Ref to a resource is unknown', text: vol('      Encrypted: !Ref Other\n'), rules: EBS, rows: [] },
  { name: 'Ref to a pseudo parameter is unknown', text: vol('      Encrypted: !Ref AWS::Region\n'), rules: EBS, rows: [] },
  {
    name: 'Ref AWS::NoValue removes the property; the fix writes in its place',
    text: vol('      Encrypted: !Ref AWS::NoValue\n      Size: 8\n'),
    rules: EBS,
    rows: [['aws-ebs-encryption', 'volume', [3, 11, 3, 27], 'AWS::EC2::Volume']],
    output: vol('      Encrypted: true\n      Size: 8\n'),
  },
  {
    name: 'CommaDelimitedList parameter Default is a list',
    text: sg('!Select [1, !Ref Nets]', 'Parameters:\n  Nets:\n    Type: CommaDelimitedList\n    Default: "10.0.0.0/8, 0.0.0.0/0"\n'),
    rules: SG,
    rows: [['aws-security-group-open-ingress', 'admin', [13, 19, 13, 41], '!Select [1, !Ref Nets]']],
  },
  // Sub, Join, Select, Split, FindInMap
  {
    name: 'Fn::Sub (string form) with a parameter',
    text: sg('!Sub "${Net}/0"', 'Parameters:\n  Net:\n    Type: String\n    Default: 0.0.0.0\n'),
    rules: SG,
    rows: [['aws-security-group-open-ingress', 'admin', [13, 19, 13, 34], '!Sub "${Net}/0"']],
  },
  { name: 'Fn::Sub (list form) with a variable map', text: sg('!Sub ["${A}/${B}", {A: 0.0.0.0, B: "0"}]'), rules: SG, rows: [['aws-security-group-open-ingress', 'admin', [9, 19, 9, 59], '!Sub ["${A}/${B}", {A: 0.0.0.0, B: "0"}]']] },
  { name: 'Fn::Sub with a pseudo parameter is unknown', text: sg('!Sub "${AWS::Region}/0"'), rules: SG, rows: [] },
  { name: 'Fn::Sub with a GetAtt is unknown', text: sg('!Sub "${Vpc.CidrBlock}"'), rules: SG, rows: [] },
  { name: 'Fn::Sub ${!Literal} is not substituted', text: sg('!Sub "${!X}"'), rules: SG, rows: [] },
  { name: 'Fn::Join', text: sg('!Join ["/", [0.0.0.0, "0"]]'), rules: SG, rows: [['aws-security-group-open-ingress', 'admin', [9, 19, 9, 46], '!Join ["/", [0.0.0.0, "0"]]']] },
  { name: 'Fn::Join over an unknown item is unknown', text: sg('!Join ["/", [!Ref AWS::Region, "0"]]'), rules: SG, rows: [] },
  {
    name: 'Fn::Select of a written item keeps the item span (the fix edits the item)',
    text: sg('!Select [1, [10.0.0.0/8, 0.0.0.0/0]]'),
    rules: SG,
    rows: [['aws-security-group-open-ingress', 'admin', [9, 44, 9, 53], '0.0.0.0/0']],
    output: sg('!Select [1, [10.0.0.0/8, 203.0.113.0/24]]'),
  },
  { name: 'Fn::Select out of range is unknown', text: sg('!Select [5, [0.0.0.0/0]]'), rules: SG, rows: [] },
  { name: 'Fn::Split then Fn::Select', text: sg('!Select [0, !Split [",", "0.0.0.0/0,10.0.0.0/8"]]'), rules: SG, rows: [['aws-security-group-open-ingress', 'admin', [9, 19, 9, 68], '!Select [0, !Split [",", "0.0.0.0/0,10.0.0.0/8"]]']] },
  {
    name: 'Fn::FindInMap through Mappings',
    text: sg('!FindInMap [Nets, !Ref Env, Admin]', 'Parameters:\n  Env:\n    Type: String\n    Default: prod\nMappings:\n  Nets:\n    prod:\n      Admin: 0.0.0.0/0\n    dev:\n      Admin: 10.0.0.0/8\n'),
    rules: SG,
    rows: [['aws-security-group-open-ingress', 'admin', [19, 19, 19, 53], '!FindInMap [Nets, !Ref Env, Admin]']],
  },
  { name: 'Fn::FindInMap with a key that is not known is unknown', text: sg('!FindInMap [Nets, !Ref AWS::Region, Admin]', 'Mappings:\n  Nets:\n    us-east-1:\n      Admin: 0.0.0.0/0\n'), rules: SG, rows: [] },
  {
    name: 'Fn::FindInMap with a DefaultValue for a missing key',
    text: sg('!FindInMap [Nets, missing, Admin, {DefaultValue: 0.0.0.0/0}]', 'Mappings:\n  Nets:\n    dev:\n      Admin: 10.0.0.0/8\n'),
    rules: SG,
    rows: [['aws-security-group-open-ingress', 'admin', [13, 68, 13, 77], '0.0.0.0/0']],
  },
  { name: 'Fn::FindInMap with a missing key and no DefaultValue is unknown', text: sg('!FindInMap [Nets, missing, Admin]', 'Mappings:\n  Nets:\n    dev:\n      Admin: 0.0.0.0/0\n'), rules: SG, rows: [] },
  {
    name: 'Fn::Sub variables may be intrinsics themselves',
    text: sg('!Sub ["${Net}/${Bits}", {Net: !Select [0, [0.0.0.0]], Bits: !Join ["", ["0"]]}]'),
    rules: SG,
    rows: [['aws-security-group-open-ingress', 'admin', [9, 19, 9, 98], '!Sub ["${Net}/${Bits}", {Net: !Select [0, [0.0.0.0]], Bits: !Join ["", ["0"]]}]']],
  },
  {
    name: 'JSON: Fn::Sub in long form with a variable map',
    syntax: 'json',
    text: '{"Resources": {"G": {"Type": "AWS::EC2::SecurityGroupIngress", "Properties": {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": {"Fn::Sub": ["${A}/0", {"A": "0.0.0.0"}]}}}}}',
    rules: SG,
    rows: [['aws-security-group-open-ingress', 'admin', [1, 140, 1, 181], '{"Fn::Sub": ["${A}/0", {"A": "0.0.0.0"}]}']],
  },
  { name: 'Fn::GetAtt is unknown', text: vol('      Encrypted: !GetAtt Other.Encrypted\n'), rules: EBS, rows: [] },
  // If and Conditions
  {
    name: 'Fn::If on a condition known true takes the first branch',
    text: vol('      Encrypted: !If [Always, false, true]\n', 'Conditions:\n  Always: !Equals [a, a]\n'),
    rules: EBS,
    rows: [['aws-ebs-encryption', 'volume', [7, 31, 7, 36], 'false']],
    output: vol('      Encrypted: !If [Always, true, true]\n', 'Conditions:\n  Always: !Equals [a, a]\n'),
  },
  { name: 'Fn::If on a condition known false takes the second branch', text: vol('      Encrypted: !If [Never, false, true]\n', 'Conditions:\n  Never: !Not [!Equals [a, a]]\n'), rules: EBS, rows: [] },
  {
    name: 'Fn::If on a parameter condition: both branches can be taken; the non-compliant one is reported',
    text: vol('      Encrypted: !If [IsProd, true, false]\n', 'Parameters:\n  Env:\n    Type: String\n    Default: prod\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\n'),
    rules: EBS,
    rows: [['aws-ebs-encryption', 'volume', [11, 37, 11, 42], 'false']],
    output: vol('      Encrypted: !If [IsProd, true, true]\n', 'Parameters:\n  Env:\n    Type: String\n    Default: prod\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\n'),
  },
  {
    name: 'AllowedValues decide an Equals no allowed value satisfies',
    text: vol('      Encrypted: !If [IsTest, false, true]\n', 'Parameters:\n  Env:\n    Type: String\n    AllowedValues: [dev, prod]\nConditions:\n  IsTest: !Equals [!Ref Env, test]\n'),
    rules: EBS,
    rows: [],
  },
  {
    name: 'Fn::And, Fn::Or, Fn::Not and Condition',
    text: vol(
      '      Encrypted: !If [C, false, true]\n',
      'Conditions:\n  T: !Equals [x, x]\n  F: !Equals [x, y]\n  A: !And [!Condition T, !Not [!Condition F]]\n  O: !Or [!Condition F, !Condition A]\n  C: !And [{Condition: O}, !Condition T]\n',
    ),
    rules: EBS,
    rows: [['aws-ebs-encryption', 'volume', [11, 26, 11, 31], 'false']],
  },
  {
    name: 'Fn::If to AWS::NoValue on an unknown condition: the removed branch is reported and the fix writes there',
    text: vol('      Encrypted: !If [C, true, !Ref AWS::NoValue]\n'),
    rules: EBS,
    rows: [['aws-ebs-encryption', 'volume', [3, 11, 3, 27], 'AWS::EC2::Volume']],
    output: vol('      Encrypted: !If [C, true, true]\n'),
  },
  {
    name: 'Fn::If inside a list: an item removed by AWS::NoValue, or an open rule',
    text: 'Resources:\n  G:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      SecurityGroupIngress:\n        - !If\n          - C\n          - !Ref AWS::NoValue\n          - IpProtocol: "-1"\n            CidrIp: 0.0.0.0/0\n',
    rules: SG,
    rows: [['aws-security-group-open-ingress', 'all', [10, 21, 10, 30], '0.0.0.0/0']],
  },
  { name: 'resource Condition known false: never created, never reported', text: vol('      Encrypted: false\n', 'Conditions:\n  Never: !Equals [a, b]\n').replace('    Type: AWS::EC2::Volume\n', '    Type: AWS::EC2::Volume\n    Condition: Never\n'), rules: EBS, rows: [] },
  {
    name: 'resource Condition that cannot be known: checked',
    text: vol('      Encrypted: false\n', 'Parameters:\n  P:\n    Type: String\nConditions:\n  Maybe: !Equals [!Ref P, b]\n').replace('    Type: AWS::EC2::Volume\n', '    Type: AWS::EC2::Volume\n    Condition: Maybe\n'),
    rules: EBS,
    rows: [['aws-ebs-encryption', 'volume', [11, 18, 11, 23], 'false']],
  },
  {
    name: 'a finding every variant shares is reported once',
    text: 'Resources:\n  V:\n    Type: AWS::EC2::Volume\n    Properties:\n      Encrypted: !If [C, true, false]\n      Size: !If [D, 8, 16]\n',
    rules: ['aws-ebs-encryption', 'aws-resource-tags'],
    rows: [
      ['aws-ebs-encryption', 'volume', [5, 32, 5, 37], 'false'],
      ['aws-resource-tags', 'none', [3, 11, 3, 27], 'AWS::EC2::Volume'],
    ],
  },
  // JSON long forms
  {
    name: 'JSON: Fn::If with Ref and Fn::Equals in long form',
    syntax: 'json',
    text: '{\n  "Parameters": { "Env": { "Type": "String", "Default": "dev" } },\n  "Conditions": { "IsProd": { "Fn::Equals": [{ "Ref": "Env" }, "prod"] } },\n  "Resources": {\n    "V": {\n      "Type": "AWS::EC2::Volume",\n      "Properties": { "Encrypted": { "Fn::If": ["IsProd", true, { "Ref": "AWS::NoValue" }] } }\n    }\n  }\n}\n',
    rules: EBS,
    rows: [['aws-ebs-encryption', 'volume', [6, 15, 6, 33], '"AWS::EC2::Volume"']],
    output: '{\n  "Parameters": { "Env": { "Type": "String", "Default": "dev" } },\n  "Conditions": { "IsProd": { "Fn::Equals": [{ "Ref": "Env" }, "prod"] } },\n  "Resources": {\n    "V": {\n      "Type": "AWS::EC2::Volume",\n      "Properties": { "Encrypted": { "Fn::If": ["IsProd", true, true] } }\n    }\n  }\n}\n',
  },
  {
    name: 'JSON: Ref to a parameter Default; the fix replaces the call',
    syntax: 'json',
    text: '{\n  "Parameters": { "Enc": { "Type": "String", "Default": "false" } },\n  "Resources": {\n    "V": { "Type": "AWS::EC2::Volume", "Properties": { "Encrypted": { "Ref": "Enc" } } }\n  }\n}\n',
    rules: EBS,
    rows: [['aws-ebs-encryption', 'volume', [4, 69, 4, 85], '{ "Ref": "Enc" }']],
    output: '{\n  "Parameters": { "Enc": { "Type": "String", "Default": "false" } },\n  "Resources": {\n    "V": { "Type": "AWS::EC2::Volume", "Properties": { "Encrypted": true } }\n  }\n}\n',
  },
];

for (const c of cases) {
  test(`evaluate: ${c.name}`, () => {
    const syntax = c.syntax ?? 'yaml';
    const { doc } = analyze(c.text, syntax, c.rules);
    assert.deepEqual(doc.errors, [], 'the template parses cleanly');
    assert.deepEqual(rows(c.text, syntax, c.rules), c.rows);
    if (c.output !== undefined) {
      const out = fixed(c.text, syntax, c.rules);
      assert.equal(out, c.output);
      assert.deepEqual(rows(out, syntax, c.rules), [], 'the fix removes the finding');
    }
  });
}

test('evaluate: the model shows evaluated values, alternatives for an unknown Fn::If, and keeps the written definition', () => {
  const text = vol(
    '      A: !Sub "${P}-x"\n      B: !Join [",", [a, b]]\n      C: !Split [",", "a,b"]\n      D: !GetAtt X.Arn\n      E: !If [U, 1, !Ref AWS::NoValue]\n      F: !Ref AWS::NoValue\n      G: !Base64 abc\n',
    'Parameters:\n  P:\n    Type: String\n    Default: p\nConditions:\n  U: !Equals [!Ref P, q]\n',
  );
  const { doc } = analyze(text, 'yaml', []);
  const v = resource(doc, 'V');
  const body = v.body;
  assert.deepEqual(plain(body), { A: 'p-x', B: 'a,b', C: ['a', 'b'], D: { unknown: 'intrinsic Fn::GetAtt' }, E: { unknown: 'Fn::If on condition U, not known statically' }, G: { unknown: 'intrinsic Fn::Base64' } });
  const d = body.entries.get('D')?.value;
  assert.equal(d?.kind === 'unknown' ? d.reference : undefined, 'X.Arn');
  const e = body.entries.get('E')?.value;
  assert.deepEqual(e?.kind === 'unknown' ? e.alternatives?.map((a) => (a ? plain(a) : null)) : undefined, [1, null]);
  assert.deepEqual(v.variants?.map((x) => (plain(x.body) as Record<string, unknown>).E ?? 'absent'), [1, 'absent']);
  assert.equal(v.definition?.entries.get('Properties')?.value.kind, 'object', 'the definition is the template as written');
});

test('evaluate: conditions built from others follow them (a variant never holds IsVpc and its negation)', () => {
  const head = 'Parameters:\n  Net:\n    Type: String\nConditions:\n  IsVpc: !Equals [!Ref Net, vpc]\n  IsClassic: !Not [!Condition IsVpc]\n';
  // Created only when IsClassic, i.e. when IsVpc is false: Encrypted is then true.
  const consistent = vol('      Encrypted: !If [IsVpc, false, true]\n', head).replace('    Type: AWS::EC2::Volume\n', '    Type: AWS::EC2::Volume\n    Condition: IsClassic\n');
  assert.deepEqual(rows(consistent, 'yaml', EBS), []);
  const { doc } = analyze(consistent, 'yaml', EBS);
  assert.equal(resource(doc, 'V').variants?.length, 1, 'one root condition (IsVpc), one of its values creates the resource');
  const reported = consistent.replace('!If [IsVpc, false, true]', '!If [IsClassic, false, true]');
  assert.deepEqual(rows(reported, 'yaml', EBS), [['aws-ebs-encryption', 'volume', [12, 34, 12, 39], 'false']]);
});

test('evaluate: circular conditions are unknown, not a crash', () => {
  const text = vol('      Encrypted: !If [A, true, false]\n', 'Conditions:\n  A: !Condition B\n  B: !Not [!Condition A]\n');
  assert.deepEqual(rows(text, 'yaml', EBS), [['aws-ebs-encryption', 'volume', [8, 32, 8, 37], 'false']]);
});
