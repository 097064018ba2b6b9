/**
 * A YAML or JSON file → OnusDocument. Files that are not CloudFormation
 * templates come back as kind 'none' with no diagnostics: most YAML and JSON
 * in a workspace is something else, and Onus must stay silent (and cheap) there.
 */
import { LineIndex } from '../core/text';
import type { OnusDocument } from '../engine/document';
import { emptyDocument } from '../engine/empty';
import type { MValue } from '../model/types';
import { commentsAboveLookup } from './comments';
import { declaresFormatVersion, isTemplate, mightBeTemplate } from './detect';
import { jsonDuplicateKeys, jsonProperty, jsonTopLevelShape, jsonValue, parseJson } from './json-model';
import { buildResources } from './resources';
import { parseYaml } from './yaml-parse';
import { yamlTopLevelShape, yamlValue } from './yaml-model';
import { pairValueBound } from './yaml-nodes';

export function parseCloudFormation(uri: string, text: string, syntax: 'yaml' | 'json'): OnusDocument {
  if (!mightBeTemplate(text)) return emptyDocument(uri, text);
  // `.template` files are often JSON. Parsed as JSON they get JSON fixes (commas, no comments);
  // if the JSON parse fails the content may be a YAML flow map, so YAML gets its turn.
  if (syntax === 'json') return jsonDocument(uri, text) ?? emptyDocument(uri, text);
  if (/^\uFEFF?\s*\{/.test(text)) {
    const json = jsonDocument(uri, text);
    if (json && json.errors.length === 0) return json;
  }
  return yamlDocument(uri, text) ?? emptyDocument(uri, text);
}

function jsonDocument(uri: string, text: string): OnusDocument | undefined {
  const { root, errors } = parseJson(text);
  const shape = jsonTopLevelShape(root);
  // A broken file that names AWSTemplateFormatVersion is a template being edited: show its errors.
  if (!isTemplate(shape) && !(errors.length > 0 && declaresFormatVersion(text))) return undefined;
  const lineIndex = new LineIndex(text);
  const resourcesNode = jsonProperty(root, 'Resources')?.children?.[1];
  const resourcesValue: MValue | undefined = resourcesNode ? jsonValue(resourcesNode) : undefined;
  return {
    uri,
    text,
    lineIndex,
    kind: 'cloudformation',
    syntax: 'json',
    errors: [...errors, ...jsonDuplicateKeys(root)],
    resources: buildResources(resourcesValue, uri, () => []),
    comments: [],
    tree: root,
  };
}

function yamlDocument(uri: string, text: string): OnusDocument | undefined {
  const { doc, comments, errors } = parseYaml(text);
  const shape = yamlTopLevelShape(doc?.contents);
  const hardErrors = errors.some((e) => e.severity === 'error');
  if (!isTemplate(shape) && !(hardErrors && declaresFormatVersion(text))) return undefined;
  const lineIndex = new LineIndex(text);
  const pair = shape.resources;
  const resourcesValue = pair?.value ? yamlValue(text, pair.value, pairValueBound(pair, 0)) : undefined;
  return {
    uri,
    text,
    lineIndex,
    kind: 'cloudformation',
    syntax: 'yaml',
    errors,
    resources: buildResources(resourcesValue, uri, commentsAboveLookup(comments, lineIndex)),
    comments,
    tree: doc,
  };
}
