import rule from '.';
import { ruleTester } from '../../rule-tester';

const member = (who: string, role = 'roles/storage.objectViewer') => `resource "google_storage_bucket_iam_member" "m" {\n  bucket = google_storage_bucket.site.name\n  role   = "${role}"\n  member = "${who}"\n}\n`;
const binding = (members: string) => `resource "google_storage_bucket_iam_binding" "b" {\n  bucket  = "site"\n  role    = "roles/storage.objectAdmin"\n  members = ${members}\n}\n`;
const dataPolicy = (members: string) =>
  `data "google_iam_policy" "public" {\n  binding {\n    role    = "roles/storage.objectViewer"\n    members = ${members}\n  }\n}\n\nresource "google_storage_bucket_iam_policy" "p" {\n  bucket      = "site"\n  policy_data = data.google_iam_policy.public.policy_data\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'member is a group', format: 'terraform', code: member('group:readers@example.com') },
    { name: 'member from a variable', format: 'terraform', code: member('x').replace('"x"', 'var.member') },
    { name: 'binding without public members', format: 'terraform', code: binding('["serviceAccount:app@p.iam.gserviceaccount.com"]') },
    { name: 'policy from a data source without public members', format: 'terraform', code: dataPolicy('["group:readers@example.com"]') },
    { name: 'policy from a data source not in the module', format: 'terraform', code: 'resource "google_storage_bucket_iam_policy" "p" {\n  bucket      = "site"\n  policy_data = data.google_iam_policy.elsewhere.policy_data\n}\n' },
    { name: 'private ACL', format: 'terraform', code: 'resource "google_storage_bucket_acl" "a" {\n  bucket         = "site"\n  predefined_acl = "private"\n}\n' },
  ],
  invalid: [
    {
      name: 'allUsers can read objects',
      format: 'terraform',
      code: member('allUsers'),
      errors: [{ messageId: 'iam', severity: 'high', range: [4, 12, 4, 22], text: '"allUsers"', output: member('group:readers@example.com') }],
    },
    {
      name: 'allAuthenticatedUsers are object admins (critical)',
      format: 'terraform',
      code: binding('["group:ops@example.com", "allAuthenticatedUsers"]'),
      errors: [
        {
          messageId: 'iam',
          severity: 'critical',
          range: [4, 39, 4, 62],
          text: '"allAuthenticatedUsers"',
          output: binding('["group:ops@example.com", "group:readers@example.com"]'),
        },
      ],
    },
    {
      name: 'policy from a data source granting allUsers',
      format: 'terraform',
      code: dataPolicy('["allUsers"]'),
      errors: [{ messageId: 'iam', severity: 'high', range: [10, 17, 10, 58], text: 'data.google_iam_policy.public.policy_data' }],
    },
    {
      name: 'policy written with jsonencode',
      format: 'terraform',
      code: 'resource "google_storage_bucket_iam_policy" "p" {\n  bucket = "site"\n  policy_data = jsonencode({\n    bindings = [{ role = "roles/storage.legacyBucketWriter", members = ["allUsers"] }]\n  })\n}\n',
      errors: [{ messageId: 'iam', severity: 'critical', range: [3, 17, 5, 5], text: 'jsonencode({\n    bindings = [{ role = "roles/storage.legacyBucketWriter", members = ["allUsers"] }]\n  })' }],
    },
    {
      name: 'ACL entry for allUsers',
      format: 'terraform',
      code: 'resource "google_storage_bucket_access_control" "a" {\n  bucket = "site"\n  role   = "READER"\n  entity = "allUsers"\n}\n',
      errors: [
        {
          messageId: 'acl',
          severity: 'high',
          range: [4, 12, 4, 22],
          text: '"allUsers"',
          output: 'resource "google_storage_bucket_access_control" "a" {\n  bucket = "site"\n  role   = "READER"\n  entity = "group-readers@example.com"\n}\n',
        },
      ],
    },
    {
      name: 'role_entity and predefined ACL',
      format: 'terraform',
      code: 'resource "google_storage_object_acl" "o" {\n  bucket         = "site"\n  object         = "index.html"\n  role_entity    = ["OWNER:user-me@example.com", "WRITER:allUsers"]\n}\n\nresource "google_storage_bucket_acl" "b" {\n  bucket         = "site"\n  predefined_acl = "publicRead"\n}\n',
      errors: [
        {
          messageId: 'acl',
          severity: 'critical',
          range: [4, 50, 4, 67],
          text: '"WRITER:allUsers"',
          output: 'resource "google_storage_object_acl" "o" {\n  bucket         = "site"\n  object         = "index.html"\n  role_entity    = ["OWNER:user-me@example.com", "WRITER:group-readers@example.com"]\n}\n\nresource "google_storage_bucket_acl" "b" {\n  bucket         = "site"\n  predefined_acl = "publicRead"\n}\n',
        },
        {
          messageId: 'predefined',
          severity: 'high',
          range: [9, 20, 9, 32],
          text: '"publicRead"',
          output: 'resource "google_storage_object_acl" "o" {\n  bucket         = "site"\n  object         = "index.html"\n  role_entity    = ["OWNER:user-me@example.com", "WRITER:allUsers"]\n}\n\nresource "google_storage_bucket_acl" "b" {\n  bucket         = "site"\n  predefined_acl = "private"\n}\n',
        },
      ],
    },
  ],
});
