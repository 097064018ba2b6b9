import rule from '.';
import { ruleTester } from '../../rule-tester';

const server = `resource "azurerm_mssql_server" "db" {\n  name    = "db-server"\n  version = "12.0"\n}\n`;
const policy = (serverId: string, extra = '') => `\nresource "azurerm_mssql_server_extended_auditing_policy" "audit" {\n  server_id         = ${serverId}\n  retention_in_days = 90\n${extra}}\n`;
const added = `\n\nresource "azurerm_mssql_server_extended_auditing_policy" "db" {\n  server_id         = azurerm_mssql_server.db.id\n  storage_endpoint  = "https://STORAGE_ACCOUNT.blob.core.windows.net/"\n  retention_in_days = 90\n}`;
const pinned = (version: string, rest: string) => `terraform {\n  required_providers {\n    azurerm = {\n      version = "${version}"\n    }\n  }\n}\n\n${rest}`;
const inline = `resource "azurerm_sql_server" "legacy" {\n  name    = "legacy"\n  version = "12.0"\n\n  extended_auditing_policy {\n    retention_in_days = 90\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'linked policy by reference', format: 'terraform', code: server + policy('azurerm_mssql_server.db.id') },
    { name: 'linked policy by literal id', format: 'terraform', code: server + policy('"/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Sql/servers/db-server"') },
    { name: 'policy with an unknown server_id may be this server\'s', format: 'terraform', code: server + policy('var.server_id') },
    { name: 'inline block with azurerm 2.x', format: 'terraform', code: pinned('~> 2.99', inline) },
    { name: 'linked policy with enabled from a variable', format: 'terraform', code: server + policy('azurerm_mssql_server.db.id', '  enabled           = var.audit\n') },
  ],
  invalid: [
    {
      name: 'no auditing',
      format: 'terraform',
      code: server,
      errors: [{ messageId: 'missing', severity: 'medium', range: [1, 10, 1, 32], text: '"azurerm_mssql_server"', output: server.replace(/\n$/, '') + added + '\n' }],
    },
    {
      name: 'a policy of another server does not count',
      format: 'terraform',
      code: server + policy('azurerm_mssql_server.other.id'),
      errors: [{ messageId: 'missing', range: [1, 10, 1, 32], text: '"azurerm_mssql_server"' }],
    },
    {
      name: 'a literal id of another server does not count',
      format: 'terraform',
      code: server + policy('"/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Sql/servers/db-server-2"'),
      errors: [{ messageId: 'missing', range: [1, 10, 1, 32], text: '"azurerm_mssql_server"' }],
    },
    {
      name: 'the added policy does not reuse a name already taken',
      format: 'terraform',
      code: server + policy('azurerm_mssql_server.other.id').replace('"audit"', '"db"'),
      errors: [
        {
          messageId: 'missing',
          range: [1, 10, 1, 32],
          text: '"azurerm_mssql_server"',
          output: server.replace(/\n$/, '') + added.replace('" "db"', '" "db_audit"') + '\n' + policy('azurerm_mssql_server.other.id').replace('"audit"', '"db"'),
        },
      ],
    },
    {
      name: 'linked policy disabled',
      format: 'terraform',
      code: server + policy('azurerm_mssql_server.db.id', '  enabled           = false\n'),
      errors: [{ messageId: 'disabled', range: [1, 10, 1, 32], text: '"azurerm_mssql_server"' }],
    },
    {
      name: 'inline block in a module that needs azurerm 3+: info',
      format: 'terraform',
      code: pinned('>= 3.0', inline),
      errors: [{ messageId: 'inlineRemoved', severity: 'info', range: [13, 3, 13, 27], text: 'extended_auditing_policy' }],
    },
  ],
});
