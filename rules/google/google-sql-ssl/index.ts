/**
 * Cloud SQL refuses unencrypted connections. `ssl_mode` (ENCRYPTED_ONLY or
 * TRUSTED_CLIENT_CERTIFICATE_REQUIRED) says so; the older `require_ssl` was
 * removed in google provider 6.0, and `ssl_mode` exists from 5.x. The API
 * default allows unencrypted connections.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import type { SemanticFix } from '../../../server/src/fixes/types';
import { get, objects, str } from '../../../server/src/model/query';
import type { Resource } from '../../../server/src/model/types';
import { appliesFrom, providerMajors } from '../../lib/provider-version';
import { renameFix } from '../../lib/rename';
import { keySpanOf, replaceFix, setFix, setting } from '../../lib/report';

const ENFORCED = new Set(['ENCRYPTED_ONLY', 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED']);
const optional = <T>(x: T | undefined): T[] => (x ? [x] : []);

function check(resource: Resource, context: RuleContext): void {
  const settings = objects(resource.body, 'settings')[0];
  if (!settings) return;
  const ip = objects(settings, 'ip_configuration')[0];
  if (!ip && get(settings, 'ip_configuration')) return; // written but not readable
  const majors = providerMajors(context.unitDocuments, 'google');
  const v6 = appliesFrom(majors, 6); // require_ssl removed
  const hasSslMode = appliesFrom(majors, 5) !== false;
  const sqlServer = str(get(resource.body, 'database_version'))?.startsWith('SQLSERVER') ?? false;
  const data = { name: resource.name };

  const mode = get(ip, 'ssl_mode');
  if (mode) {
    const value = str(mode);
    if (value === undefined || ENFORCED.has(value) || !mode.span) return;
    const literal = context.document.text.slice(mode.span.start, mode.span.end) === JSON.stringify(value);
    context.report({ messageId: 'allowed', data: { ...data, mode: value }, span: mode.span, fixes: literal ? [replaceFix('Set ssl_mode = "ENCRYPTED_ONLY"', mode, 'ENCRYPTED_ONLY')] : [] });
    return;
  }

  const legacy = ip?.entries.get('require_ssl');
  const { state } = setting(ip, 'require_ssl');
  if (ip && legacy?.keySpan && state !== 'absent') {
    // require_ssl = true meant TLS with verified client certificates (not offered for SQL Server).
    const target = state === 'on' && !sqlServer ? 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED' : 'ENCRYPTED_ONLY';
    const rename = renameFix(`Replace require_ssl with ssl_mode = "${target}"`, legacy, 'ssl_mode', JSON.stringify(target));
    if (v6 === true) {
      if (state === 'on') context.report({ messageId: 'removed', severity: 'info', data: { ...data, target }, span: legacy.keySpan, fixes: optional(rename) });
      else if (state === 'off') context.report({ messageId: 'removedOff', data, span: legacy.keySpan, fixes: optional(rename) });
      return;
    }
    if (state !== 'off' || !legacy.value.span) return; // on, or unknown
    const literal = context.document.text.slice(legacy.value.span.start, legacy.value.span.end) === 'false';
    const fix: SemanticFix | undefined = hasSslMode && v6 === undefined ? rename : literal ? replaceFix('Set require_ssl = true', legacy.value, true) : undefined;
    context.report({ messageId: 'unencrypted', data, span: legacy.value.span, fixes: optional(fix) });
    return;
  }

  // Nothing written: unencrypted connections are allowed.
  const [key, value] = hasSslMode ? ['ssl_mode', 'ENCRYPTED_ONLY'] : ['require_ssl', true];
  const fix = ip ? setFix(`Add ${key} = ${JSON.stringify(value)}`, ip, key, value) : setFix(`Add ip_configuration { ${key} = ${JSON.stringify(value)} }`, settings, 'ip_configuration', { block: { [key]: value } });
  const span = ip ? keySpanOf(settings, 'ip_configuration', ip) : keySpanOf(resource.body, 'settings', settings);
  context.report({ messageId: 'absent', data, span, fixes: [fix] });
}

export default defineRule({
  meta: {
    id: 'google-sql-ssl',
    title: 'Cloud SQL instances accept encrypted connections only',
    owner: 'customer',
    duty: 'data-protection',
    severity: 'medium',
    messages: {
      absent: 'Cloud SQL instance {name} does not require TLS: by default it accepts unencrypted connections. Set ssl_mode = "ENCRYPTED_ONLY" (or TRUSTED_CLIENT_CERTIFICATE_REQUIRED).',
      allowed: 'Cloud SQL instance {name} allows unencrypted connections (ssl_mode = {mode}). Set ssl_mode = "ENCRYPTED_ONLY" (or TRUSTED_CLIENT_CERTIFICATE_REQUIRED).',
      unencrypted: 'Cloud SQL instance {name} allows unencrypted connections (require_ssl = false). Require TLS.',
      removedOff: 'Cloud SQL instance {name} sets require_ssl = false, which allows unencrypted connections — and google provider 6 (required by this module) removed require_ssl. Use ssl_mode = "ENCRYPTED_ONLY".',
      removed: 'google provider 6 (required by this module) removed require_ssl; Terraform rejects it. Use ssl_mode = "{target}".',
    },
    description:
      'Google offers TLS on every Cloud SQL connection, but by default an instance also accepts unencrypted ones; refusing them is the customer\'s setting (`settings.ip_configuration.ssl_mode`). Connections through the Cloud SQL Auth Proxy or connectors are always encrypted; direct connections to the instance IP are not unless TLS is required.',
    aliases: { checkov: ['CKV_GCP_6'], tfsec: ['google-sql-encrypt-in-transit-data'] },
    compliance: ['CIS GCP 6.4', 'NIST 800-53 SC-8'],
    fixable: true,
  },
  terraform: { resourceTypes: ['google_sql_database_instance'], check },
});
