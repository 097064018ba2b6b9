/** Turns a file's text into an OnusDocument, choosing the syntax from the name and content. */
import { parseCloudFormation, reparseCloudFormation } from '../cloudformation/parse';
import { buildTerraformDocument } from '../model/terraform';
import type { OnusConfig } from '../config/types';
import type { DocumentSyntax, OnusDocument } from './document';
import { emptyDocument } from './empty';

export function syntaxForPath(path: string): DocumentSyntax {
  const lower = path.toLowerCase();
  if (lower.endsWith('.tf')) return 'hcl';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml') || lower.endsWith('.template')) return 'yaml';
  if (lower.endsWith('.json')) return lower.endsWith('.tf.json') ? 'terraform-json' : 'json';
  return 'none';
}

/** Terraform's native and JSON syntaxes. */
export function isTerraformSyntax(syntax: DocumentSyntax): syntax is 'hcl' | 'terraform-json' {
  return syntax === 'hcl' || syntax === 'terraform-json';
}

/** A NUL in the first 8 KiB marks a binary file. */
function looksBinary(text: string): boolean {
  return text.slice(0, 8192).includes('\u0000');
}

export interface ParseOptions {
  /** Terraform: parse only (resources, data sources and providers left empty); the caller models the file with its module. */
  deferTerraformModel?: boolean;
  /**
   * The document of this source's previous text (an editor buffer one keystroke ago): a JSON
   * template edited inside one resource is updated from it instead of parsed again (it is
   * consumed: the caller must drop it); a Terraform file edited inside one block re-parses that
   * block only (the previous document stays intact).
   */
  previous?: OnusDocument;
}

export function parseDocument(uri: string, text: string, config: Pick<OnusConfig, 'maxFileSize'>, options: ParseOptions = {}): OnusDocument {
  const syntax = syntaxForPath(uri);
  if (syntax === 'none') return emptyDocument(uri, text);
  if (looksBinary(text)) return emptyDocument(uri, '', 'Onus skipped this file: it looks binary.');
  if (text.length > config.maxFileSize) {
    const mb = (config.maxFileSize / 1024 / 1024).toFixed(1);
    const doc = emptyDocument(uri, text, `Onus skipped this file: it is larger than the ${mb} MB limit (setting onus.maxFileSize).`);
    return isTerraformSyntax(syntax) ? { ...doc, kind: 'terraform', syntax } : doc;
  }
  if (isTerraformSyntax(syntax)) return buildTerraformDocument(uri, text, syntax, options.deferTerraformModel, options.previous?.uri === uri && options.previous.kind === 'terraform' ? options.previous : undefined);
  const previous = options.previous;
  if (syntax === 'json' && previous?.uri === uri && previous.syntax === 'json') {
    const updated = reparseCloudFormation(previous, text);
    if (updated) return updated;
  }
  return parseCloudFormation(uri, text, syntax);
}
