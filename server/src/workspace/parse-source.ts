/**
 * Parses one source. The syntax comes from the file name; a buffer without a
 * telling name (an untitled editor) falls back to its editor language.
 */
import { parseDocument, syntaxForPath, type OnusConfig, type OnusDocument } from '../index';

const extensionForLanguage: Record<string, string> = {
  terraform: '.tf',
  yaml: '.yaml',
  json: '.json',
};

/** `deferModel`: a Terraform file of a module on disk, which the workspace models with its module (a per-file model would be thrown away on every keystroke). */
/** `previous`: this buffer's document one edit ago, which a large JSON template is updated from (consumed). */
export function parseSource(uri: string, text: string, config: Pick<OnusConfig, 'maxFileSize'>, languageId?: string, deferModel = false, previous?: OnusDocument): OnusDocument {
  const extension = languageId === undefined ? undefined : extensionForLanguage[languageId];
  if (syntaxForPath(uri) !== 'none' || extension === undefined) return parseDocument(uri, text, config, { deferTerraformModel: deferModel, previous });
  const document = parseDocument(uri + extension, text, config);
  return { ...document, uri, resources: document.resources.map((r) => ({ ...r, uri })) };
}

/** The syntax a source will be parsed with (see parseSource). */
export function syntaxOfSource(uri: string, languageId?: string): ReturnType<typeof syntaxForPath> {
  const byName = syntaxForPath(uri);
  const extension = languageId === undefined ? undefined : extensionForLanguage[languageId];
  return byName !== 'none' || extension === undefined ? byName : syntaxForPath(extension);
}
