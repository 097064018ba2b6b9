/** Rule set: azure-google (see rules/sets/types.ts). Terraform only: azurerm and google providers. */
import azureKeyvaultPurgeProtection from '../azure/azure-keyvault-purge-protection';
import azureNsgOpenIngress from '../azure/azure-nsg-open-ingress';
import azureSqlAuditing from '../azure/azure-sql-auditing';
import azureStorageHttpsOnly from '../azure/azure-storage-https-only';
import azureStorageMinTls from '../azure/azure-storage-min-tls';
import googleComputeDiskCmek from '../google/google-compute-disk-cmek';
import googleFirewallOpenIngress from '../google/google-firewall-open-ingress';
import googleGcsPublicMembers from '../google/google-gcs-public-members';
import googleGcsUniformAccess from '../google/google-gcs-uniform-access';
import googleSqlPublicIp from '../google/google-sql-public-ip';
import googleSqlSsl from '../google/google-sql-ssl';
import type { RuleSet } from './types';

const hostNotWorld = 'A source range without a prefix length is a single host to Google (`0.0.0.0` is 0.0.0.0/32, `::0` is ::/128), not the whole internet; Checkov reads it as open.';

const publicByDefault =
  'No ip_configuration: ipv4_enabled defaults to true, so the instance has a public IPv4 address; Checkov passes it only because the attribute is not written.';

export const azureGoogle: RuleSet = {
  rules: [
    azureStorageHttpsOnly,
    azureStorageMinTls,
    azureKeyvaultPurgeProtection,
    azureSqlAuditing,
    azureNsgOpenIngress,
    googleGcsUniformAccess,
    googleGcsPublicMembers,
    googleSqlPublicIp,
    googleSqlSsl,
    googleFirewallOpenIngress,
    googleComputeDiskCmek,
  ],
  checkovFamilies: {
    'storage-https-only': 'azure-storage-https-only',
    'storage-min-tls': 'azure-storage-min-tls',
    'keyvault-purge-protection': 'azure-keyvault-purge-protection',
    'sql-auditing': 'azure-sql-auditing',
    'gcs-uniform-access': 'google-gcs-uniform-access',
    'sql-public-ip': 'google-sql-public-ip',
    'compute-disk-encryption-cmek': 'google-compute-disk-cmek',
    // Narrower (per-port) Checkov cases: every resource Checkov fails, Onus fails too.
    'nsg-open-ingress': 'azure-nsg-open-ingress',
    'firewall-open-ingress': 'google-firewall-open-ingress',
  },
  checkovDeliberate: {
    'CKV_AZURE_44 inline/test_failure_option_not_present/main.tf::azurerm_storage_account.example':
      'No min_tls_version and no azurerm version constraint: the newest provider defaults to TLS1_2 (since azurerm 3.0), so nothing is weaker than required.',
    'CKV_GCP_29 google_storage_bucket.disabled':
      '`uniform_bucket_level_access = False` is not an HCL boolean but a reference to an object named False, which Terraform rejects; Onus does not guess the value of what it cannot evaluate (a written `false` is reported).',
    'CKV_AZURE_160 azurerm_network_security_group.dynamic_nsg_fail':
      'The rules come from `var.fail_nsg_rules`, which has no default and is set only in terraform.tfvars: analysing the module, Onus cannot know them, and unknown values never produce a finding.',
    'CKV2_GCP_12 google_compute_firewall.compute-firewall-not-ok-2': hostNotWorld,
    'CKV2_GCP_12 google_compute_firewall.compute-firewall-not-ok-4': hostNotWorld,
    'CKV_GCP_60 google_sql_database_instance.pass2': publicByDefault,
    'CKV_GCP_60 google_sql_database_instance.pass3': publicByDefault,
    'CKV_GCP_60 google_sql_database_instance.pass4': publicByDefault,
  },
};
