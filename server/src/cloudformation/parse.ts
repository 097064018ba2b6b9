/**
 * A YAML or JSON file → OnusDocument. Files that are not CloudFormation
 * templates come back as kind 'none' with no diagnostics: most YAML and JSON
 * in a workspace is something else, and Onus must stay silent (and cheap) there.
 */
import { LineIndex } from '../core/text';
import type { OnusDocument } from '../engine/document';
import { emptyDocument } from '../engine/empty';
import type { MObject, MValue, SyntaxDiagnostic } from '../model/types';
import { commentsAboveLookup } from './comments';
import { declaresFormatVersion, isTemplate, mightBeTemplate } from './detect';
import type { Node } from 'yaml';
import { jsonDuplicateKeys, jsonIsTemplate, jsonTopLevelShape, jsonValue, parseJson } from './json-model';
import { rememberJsonTemplate, reparseJsonTemplate } from './json-incremental';
import { conditionState } from './evaluate-conditions';
import { templateContext, type TemplateContext } from './evaluate-context';
import { evaluateValue, type Evaluation } from './evaluate-intrinsics';
import { samGlobals } from './sam';
import { MAX_NESTING, tooDeepAt } from './nesting';
import { buildResources } from './resources';
import { parseYaml } from './yaml-parse';
import { yamlTopLevelShape, yamlValue } from './yaml-model';

/** What the evaluator needs: the template context, and SAM Globals evaluated in it. */
function evaluationOf(top: MValue | undefined): [TemplateContext, Map<string, MObject>] {
  const context = templateContext(top);
  const globals = samGlobals(top);
  const ev: Evaluation = { context, conditions: conditionState(context), options: { parameterDefaults: true } };
  for (const [type, object] of globals) {
    const value = evaluateValue(ev, object);
    if (value?.kind === 'object') globals.set(type, value);
    else globals.delete(type);
  }
  return [context, globals];
}

export function parseCloudFormation(uri: string, text: string, syntax: 'yaml' | 'json'): OnusDocument {
  if (!mightBeTemplate(text)) return emptyDocument(uri, text);
  const deep = tooDeepAt(text);
  if (deep !== undefined) {
    // The parsers recurse per level: refuse before parsing, and say where.
    const message = `Onus skipped this file: it is nested more than ${MAX_NESTING} levels deep, far beyond any real template.`;
    const doc = emptyDocument(uri, text);
    return { ...doc, kind: 'cloudformation', syntax: syntax === 'json' || /^\uFEFF?\s*\{/.test(text) ? 'json' : 'yaml', errors: [{ message, span: { start: deep, end: deep + 1 }, severity: 'error' }] };
  }
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
  // The whole top level is modelled: the evaluator reads Parameters, Mappings and Conditions.
  // Duplicate keys are found while modelling (one walk of a possibly 5 MB tree, not two).
  const duplicates: SyntaxDiagnostic[] = [];
  const top: MValue | undefined = root?.type === 'object' ? jsonValue(root, duplicates) : undefined;
  const resourcesValue = top?.kind === 'object' ? top.entries.get('Resources')?.value : undefined;
  const evaluation = evaluationOf(top);
  const document: OnusDocument = {
    uri,
    text,
    lineIndex,
    kind: 'cloudformation',
    syntax: 'json',
    errors: [...errors, ...(top ? duplicates.sort((a, b) => a.span.start - b.span.start) : jsonDuplicateKeys(root))],
    resources: buildResources(resourcesValue, uri, () => [], ...evaluation),
    comments: [],
    tree: root,
    resourcesCarriedOver: true,
  };
  if (top?.kind === 'object') rememberJsonTemplate(document, { top, evaluation });
  return document;
}

/**
 * The next version of a JSON template from the previous one when the edit stays inside one
 * resource's definition (json-incremental.ts); undefined: parse the whole text. The previous
 * document must not be used afterwards either way it goes past the checks.
 */
export function reparseCloudFormation(previous: OnusDocument, text: string): OnusDocument | undefined {
  if (!mightBeTemplate(text)) return undefined;
  const rebuilt = reparseJsonTemplate(previous, text);
  if (!rebuilt) return undefined;
  const uri = previous.uri;
  // The edit may have changed the only resource's Type: detection is redone on the updated tree.
  const document: OnusDocument = jsonIsTemplate(rebuilt.root)
    ? {
        uri,
        text,
        lineIndex: rebuilt.lineIndex,
        kind: 'cloudformation',
        syntax: 'json',
        errors: [],
        resources: rebuilt.resources,
        comments: [],
        tree: rebuilt.root,
        resourcesCarriedOver: true,
      }
    : emptyDocument(uri, text);
  if (document.kind === 'cloudformation') rememberJsonTemplate(document, rebuilt.state);
  return document;
}

function yamlDocument(uri: string, text: string): OnusDocument | undefined {
  const { doc, comments, errors } = parseYaml(text);
  const shape = yamlTopLevelShape(doc?.contents);
  const hardErrors = errors.some((e) => e.severity === 'error');
  if (!isTemplate(shape) && !(hardErrors && declaresFormatVersion(text))) return undefined;
  const lineIndex = new LineIndex(text);
  // The whole top level is modelled: the evaluator reads Parameters, Mappings and Conditions.
  const root = shape.resources && doc?.contents ? (doc.contents as Node) : undefined;
  const top = root ? yamlValue(text, root, 0) : undefined;
  const resourcesValue = top?.kind === 'object' ? top.entries.get('Resources')?.value : undefined;
  return {
    uri,
    text,
    lineIndex,
    kind: 'cloudformation',
    syntax: 'yaml',
    errors,
    resources: buildResources(resourcesValue, uri, commentsAboveLookup(comments, lineIndex), ...evaluationOf(top)),
    comments,
    tree: doc,
  };
}
