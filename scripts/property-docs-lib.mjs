// Helpers of scripts/generate-property-docs.mjs (which builds and writes
// rules/data/cloudformation-property-docs.json): the short-doc cut, the gzip+base64 codec, constants.
import { gunzipSync, gzipSync } from 'node:zlib';

export const DOCS_PACKAGE = '@aws-cdk/aws-service-spec';
export const DOCS_FILE = 'cloudformation-property-docs.json';
const MAX = 240;

/** Markdown → one short plain sentence. */
export function shortDoc(text) {
  if (typeof text !== 'string') return '';
  let s = text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links → their text
    .replace(/^\s*>\s*/gm, '') // note blocks
    .replace(/\*\*?([^*]+)\*\*?/g, '$1') // emphasis
    .replace(/\s+/g, ' ')
    .trim();
  // The first sentence: up to a period followed by a space and a capital, or the end.
  const m = /^(.+?[.!?])(?=\s+[A-Z`(])/.exec(s);
  if (m) s = m[1];
  if (s.length > MAX) s = `${s.slice(0, MAX - 1).replace(/\s+\S*$/, '')}…`;
  return s;
}

export function encode(decoded) {
  return gzipSync(Buffer.from(JSON.stringify(decoded)), { level: 9 }).toString('base64');
}

export function decode(data) {
  return JSON.parse(gunzipSync(Buffer.from(data, 'base64')).toString('utf8'));
}
