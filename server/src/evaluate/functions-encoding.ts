/** Encoding and hashing functions (`jsonencode`, `base64encode`, `sha256`…). */
import { createHash } from 'node:crypto';
import { fail, fromJson, str, toJson, type TfFunction } from './functions';
import { record, type TfValue } from './tf-value';

function hash(algorithm: string, fn: string): TfFunction {
  return ([s]) => createHash(algorithm).update(str(s, fn), 'utf8').digest('hex');
}

function base64Hash(algorithm: string, fn: string): TfFunction {
  return ([s]) => createHash(algorithm).update(str(s, fn), 'utf8').digest('base64');
}

/** Terraform's jsonencode escapes <, > and & like Go's encoding/json. */
function jsonText(value: TfValue): string {
  return JSON.stringify(toJson(value)).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  return rows;
}

export const encodingFunctions: Record<string, TfFunction> = {
  jsonencode: ([v]) => jsonText(v),
  jsondecode: ([s]) => {
    try {
      return fromJson(JSON.parse(str(s, 'jsondecode')));
    } catch {
      fail('jsondecode: invalid JSON');
    }
  },
  base64encode: ([s]) => Buffer.from(str(s, 'base64encode'), 'utf8').toString('base64'),
  base64decode: ([s]) => Buffer.from(str(s, 'base64decode'), 'base64').toString('utf8'),
  textencodebase64: ([s]) => Buffer.from(str(s, 'textencodebase64'), 'utf8').toString('base64'),
  urlencode: ([s]) => encodeURIComponent(str(s, 'urlencode')).replace(/%20/g, '+').replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
  md5: hash('md5', 'md5'),
  sha1: hash('sha1', 'sha1'),
  sha256: hash('sha256', 'sha256'),
  sha512: hash('sha512', 'sha512'),
  base64sha256: base64Hash('sha256', 'base64sha256'),
  base64sha512: base64Hash('sha512', 'base64sha512'),
  csvdecode: ([s]) => {
    const [header, ...rows] = csvRows(str(s, 'csvdecode'));
    if (!header) fail('csvdecode: no header');
    return rows.map((r) => record(header.map((h, i) => [h, r[i] ?? ''])));
  },
  sensitive: ([v]) => v,
  nonsensitive: ([v]) => v,
};
