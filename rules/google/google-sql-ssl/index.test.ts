import rule from '.';
import { ruleTester } from '../../rule-tester';

const instance = (settings: string, version = 'POSTGRES_15') =>
  `resource "google_sql_database_instance" "db" {\n  name             = "db"\n  database_version = "${version}"\n\n  settings {\n    tier = "db-f1-micro"\n${settings}  }\n}\n`;
const ip = (body: string) => `\n    ip_configuration {\n${body}    }\n`;
const pinned = (version: string, rest: string) => `terraform {\n  required_providers {\n    google = {\n      version = "${version}"\n    }\n  }\n}\n\n${rest}`;

ruleTester(rule, {
  valid: [
    { name: 'ENCRYPTED_ONLY', format: 'terraform', code: instance(ip('      ssl_mode = "ENCRYPTED_ONLY"\n')) },
    { name: 'client certificates required', format: 'terraform', code: instance(ip('      ssl_mode = "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"\n')) },
    { name: 'ssl_mode from a variable', format: 'terraform', code: instance(ip('      ssl_mode = var.ssl_mode\n')) },
    { name: 'require_ssl = true with google 5.x', format: 'terraform', code: pinned('~> 5.0', instance(ip('      require_ssl = true\n'))) },
    { name: 'require_ssl from a variable with google 5.x', format: 'terraform', code: pinned('~> 5.0', instance(ip('      require_ssl = var.ssl\n'))) },
  ],
  invalid: [
    {
      name: 'nothing written: ssl_mode added to ip_configuration',
      format: 'terraform',
      code: instance(ip('      ipv4_enabled = false\n')),
      errors: [{ messageId: 'absent', severity: 'medium', range: [8, 5, 8, 21], text: 'ip_configuration', output: instance(ip('      ipv4_enabled = false\n      ssl_mode     = "ENCRYPTED_ONLY"\n')) }],
    },
    {
      name: 'no ip_configuration: the block is added',
      format: 'terraform',
      code: instance(''),
      errors: [{ messageId: 'absent', range: [5, 3, 5, 11], text: 'settings', output: instance('\n    ip_configuration {\n      ssl_mode = "ENCRYPTED_ONLY"\n    }\n') }],
    },
    {
      name: 'nothing written with google 4.x (no ssl_mode yet): require_ssl is added',
      format: 'terraform',
      code: pinned('~> 4.80', instance('')),
      errors: [{ messageId: 'absent', range: [13, 3, 13, 11], text: 'settings', output: pinned('~> 4.80', instance('\n    ip_configuration {\n      require_ssl = true\n    }\n')) }],
    },
    {
      name: 'ssl_mode allows unencrypted',
      format: 'terraform',
      code: instance(ip('      ssl_mode = "ALLOW_UNENCRYPTED_AND_ENCRYPTED"\n')),
      errors: [{ messageId: 'allowed', range: [9, 18, 9, 51], text: '"ALLOW_UNENCRYPTED_AND_ENCRYPTED"', output: instance(ip('      ssl_mode = "ENCRYPTED_ONLY"\n')) }],
    },
    {
      name: 'require_ssl = false with google 4.x: set true',
      format: 'terraform',
      code: pinned('~> 4.80', instance(ip('      require_ssl = false\n'))),
      errors: [{ messageId: 'unencrypted', range: [17, 21, 17, 26], text: 'false', output: pinned('~> 4.80', instance(ip('      require_ssl = true\n'))) }],
    },
    {
      name: 'require_ssl = false with google 5 or 6: replaced by ssl_mode',
      format: 'terraform',
      code: pinned('>= 5.10, < 7.0', instance(ip('      require_ssl = false\n'))),
      errors: [{ messageId: 'unencrypted', range: [17, 21, 17, 26], text: 'false', output: pinned('>= 5.10, < 7.0', instance(ip('      ssl_mode = "ENCRYPTED_ONLY"\n'))) }],
    },
    {
      name: 'require_ssl = true in a v6 module (no constraint): info, replaced by ssl_mode',
      format: 'terraform',
      code: instance(ip('      require_ssl = true\n')),
      errors: [{ messageId: 'removed', severity: 'info', range: [9, 7, 9, 18], text: 'require_ssl', output: instance(ip('      ssl_mode = "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"\n')) }],
    },
    {
      name: 'require_ssl = true on SQL Server in a v6 module: ENCRYPTED_ONLY (client certificates are not offered)',
      format: 'terraform',
      code: instance(ip('      require_ssl = true\n'), 'SQLSERVER_2019_STANDARD'),
      errors: [{ messageId: 'removed', range: [9, 7, 9, 18], text: 'require_ssl', output: instance(ip('      ssl_mode = "ENCRYPTED_ONLY"\n'), 'SQLSERVER_2019_STANDARD') }],
    },
    {
      name: 'require_ssl = false in a v6 module',
      format: 'terraform',
      code: pinned('~> 6.0', instance(ip('      require_ssl = false\n'))),
      errors: [{ messageId: 'removedOff', severity: 'medium', range: [17, 7, 17, 18], text: 'require_ssl', output: pinned('~> 6.0', instance(ip('      ssl_mode = "ENCRYPTED_ONLY"\n'))) }],
    },
  ],
});
