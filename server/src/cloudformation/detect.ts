/**
 * Is this YAML/JSON file a CloudFormation template? Most YAML and JSON in a
 * workspace is not (workflows, manifests, package.json…), so a text pre-check
 * runs first and rejects them without parsing; the structural check then runs
 * on the parsed top level.
 */

/** Resource types that mark a template: AWS and the two other namespaces CloudFormation owns. */
const TEMPLATE_TYPE = /^(AWS|Custom|Alexa)::/;

/** `Type: AWS::…`, `"Type": "Custom::…"`: a resource type written as a Type value, in YAML or JSON. */
const TYPE_VALUE = /Type["']?[ \t]*:\s*["']?(?:AWS|Custom|Alexa)::/;

/**
 * Cheap test on raw text, before any parse: a template names its format
 * version, or has `Resources` and a `Type` value in one of the namespaces
 * above. The Type pattern (rather than any `AWS::` anywhere) keeps large
 * non-templates that mention resource types, such as the CloudFormation
 * resource specification, from being parsed at all.
 */
export function mightBeTemplate(text: string): boolean {
  if (text.includes('AWSTemplateFormatVersion')) return true;
  return text.includes('Resources') && TYPE_VALUE.test(text);
}

/** A key `AWSTemplateFormatVersion` at the start of a line: the author meant a template even if the parse failed. */
export function declaresFormatVersion(text: string): boolean {
  return /^[ \t]*["']?AWSTemplateFormatVersion["']?[ \t]*:/m.test(text);
}

/** What the structural check needs from the parsed top level, whatever the syntax. */
export interface TopLevelShape {
  /** Keys of the top-level map (empty when the top level is not a map). */
  keys: readonly string[];
  /** `Type` of each `Resources` entry that has a string Type (empty when `Resources` is not a map). */
  resourceTypes: readonly string[];
}

export function isTemplate(shape: TopLevelShape): boolean {
  if (shape.keys.includes('AWSTemplateFormatVersion')) return true;
  return shape.resourceTypes.some((t) => TEMPLATE_TYPE.test(t));
}
