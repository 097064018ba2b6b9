import rule from '.';
import { ruleTester } from '../../rule-tester';

const disk = (extra: string) => `resource "google_compute_disk" "data" {\n  name = "data"\n  zone = "europe-west1-b"\n${extra}}\n`;
const vm = (boot: string) => `resource "google_compute_instance" "vm" {\n  name         = "vm"\n  machine_type = "e2-small"\n\n  boot_disk {\n${boot}  }\n}\n`;
const template = (disk: string) => `resource "google_compute_instance_template" "t" {\n  machine_type = "e2-small"\n\n  disk {\n${disk}  }\n}\n`;
const kms = '"projects/PROJECT/locations/LOCATION/keyRings/RING/cryptoKeys/KEY"';

ruleTester(rule, {
  valid: [
    { name: 'Cloud KMS key', format: 'terraform', code: disk('\n  disk_encryption_key {\n    kms_key_self_link = google_kms_crypto_key.disk.id\n  }\n') },
    { name: 'customer-supplied raw key from a variable', format: 'terraform', code: disk('\n  disk_encryption_key {\n    raw_key = var.csek\n  }\n') },
    { name: 'regional disk with an RSA-wrapped key', format: 'terraform', code: 'resource "google_compute_region_disk" "r" {\n  name = "r"\n\n  disk_encryption_key {\n    rsa_encrypted_key = var.wrapped\n  }\n}\n' },
    { name: 'dynamic block with an unknown key', format: 'terraform', code: disk('\n  dynamic "disk_encryption_key" {\n    for_each = var.keys\n    content {\n      kms_key_self_link = disk_encryption_key.value\n    }\n  }\n') },
    { name: 'boot disk with a Cloud KMS key', format: 'terraform', code: vm('    kms_key_self_link = google_kms_crypto_key.disk.id\n\n    initialize_params {\n      image = "debian-cloud/debian-12"\n    }\n') },
    { name: 'boot disk from an existing disk (checked on that disk)', format: 'terraform', code: vm('    source = google_compute_disk.boot.id\n') },
    { name: 'template disk with a key', format: 'terraform', code: template('    source_image = "debian-cloud/debian-12"\n\n    disk_encryption_key {\n      kms_key_self_link = var.key\n    }\n') },
  ],
  invalid: [
    {
      name: 'instance boot disk with a Google-managed key',
      format: 'terraform',
      code: vm('    initialize_params {\n      image = "debian-cloud/debian-12"\n    }\n'),
      errors: [
        {
          messageId: 'bootDisk',
          severity: 'low',
          range: [5, 3, 5, 12],
          text: 'boot_disk',
          output: vm(`    initialize_params {\n      image = "debian-cloud/debian-12"\n    }\n    kms_key_self_link = ${kms}\n`),
        },
      ],
    },
    {
      name: 'instance template disk without a key',
      format: 'terraform',
      code: template('    source_image = "debian-cloud/debian-12"\n'),
      errors: [
        {
          messageId: 'googleManaged',
          range: [4, 3, 4, 7],
          text: 'disk',
          output: template(`    source_image = "debian-cloud/debian-12"\n\n    disk_encryption_key {\n      kms_key_self_link = ${kms}\n    }\n`),
        },
      ],
    },
    {
      name: 'no key: Google-managed only',
      format: 'terraform',
      code: disk(''),
      errors: [
        {
          messageId: 'googleManaged',
          severity: 'low',
          range: [1, 10, 1, 31],
          text: '"google_compute_disk"',
          output: disk(`\n  disk_encryption_key {\n    kms_key_self_link = ${kms}\n  }\n`),
        },
      ],
    },
    {
      name: 'block naming no key',
      format: 'terraform',
      code: disk('\n  disk_encryption_key {\n    raw_key = ""\n  }\n'),
      errors: [
        {
          messageId: 'emptyKey',
          range: [5, 3, 5, 22],
          text: 'disk_encryption_key',
          output: disk(`\n  disk_encryption_key {\n    raw_key = ""\n    kms_key_self_link = ${kms}\n  }\n`),
        },
      ],
    },
  ],
});
