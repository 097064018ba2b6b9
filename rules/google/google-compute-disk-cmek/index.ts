/**
 * Persistent disks encrypted with a key the customer controls (Cloud KMS CMEK
 * or a customer-supplied key): disks, instance boot disks, template disks. Google already encrypts every disk with a
 * Google-managed key, so a missing key is low severity: a key-control duty,
 * not unencrypted data.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import { objects } from '../../../server/src/model/query';
import type { MObject, Resource } from '../../../server/src/model/types';
import { isSet } from '../../lib/blocks';
import { keySpanOf, setFix } from '../../lib/report';

const BLOCK = 'disk_encryption_key';
/** Any of these names a customer key (CSEK raw or RSA-wrapped, or Cloud KMS). */
const keyAttributes = ['kms_key_self_link', 'raw_key', 'rsa_encrypted_key'];
/** The same choice on an instance's `boot_disk`, spelled inline. */
const bootKeyAttributes = ['kms_key_self_link', 'disk_encryption_key_raw', 'disk_encryption_key_rsa'];
const kmsPlaceholder = 'projects/PROJECT/locations/LOCATION/keyRings/RING/cryptoKeys/KEY';

/** `google_compute_disk` / `_region_disk`, and a template's `disk` blocks: a `disk_encryption_key` block naming a key. */
function checkKeyBlock(resource: Resource, context: RuleContext, owner: MObject, at: { parent: MObject; key: string } | undefined): void {
  const blocks = objects(owner, BLOCK);
  const data = { name: resource.name };
  if (blocks.length === 0) {
    if (owner.entries.get(BLOCK)) return; // written but not readable
    const span = at ? keySpanOf(at.parent, at.key, owner) : resource.typeSpan;
    context.report({ messageId: 'googleManaged', data, span, fixes: [setFix('Add disk_encryption_key with a Cloud KMS key (edit the key name)', owner, BLOCK, { block: { kms_key_self_link: { placeholder: kmsPlaceholder } } })] });
    return;
  }
  for (const block of blocks) {
    if (keyAttributes.some((k) => isSet(block, k))) continue;
    context.report({ messageId: 'emptyKey', data, span: keySpanOf(owner, BLOCK, block), fixes: [setFix('Set kms_key_self_link (edit the key name)', block, 'kms_key_self_link', { placeholder: kmsPlaceholder })] });
  }
}

/** An instance's boot disk names its key inline; one created from an existing disk (`source`) is that disk's business. */
function checkBootDisk(resource: Resource, context: RuleContext): void {
  for (const boot of objects(resource.body, 'boot_disk')) {
    if (isSet(boot, 'source') || bootKeyAttributes.some((k) => isSet(boot, k))) continue;
    context.report({
      messageId: 'bootDisk',
      data: { name: resource.name },
      span: keySpanOf(resource.body, 'boot_disk', boot),
      fixes: [setFix('Set kms_key_self_link on the boot disk (edit the key name)', boot, 'kms_key_self_link', { placeholder: kmsPlaceholder })],
    });
  }
}

function check(resource: Resource, context: RuleContext): void {
  if (resource.type === 'google_compute_instance') return checkBootDisk(resource, context);
  if (resource.type === 'google_compute_disk' || resource.type === 'google_compute_region_disk') return checkKeyBlock(resource, context, resource.body, undefined);
  // Instance templates: each new disk (not one attached from an existing `source`).
  for (const disk of objects(resource.body, 'disk')) if (!isSet(disk, 'source')) checkKeyBlock(resource, context, disk, { parent: resource.body, key: 'disk' });
}

export default defineRule({
  meta: {
    id: 'google-compute-disk-cmek',
    title: 'Persistent disks use a customer-managed or customer-supplied key',
    owner: 'customer',
    duty: 'data-protection',
    severity: 'low',
    messages: {
      googleManaged: 'Disk {name} is encrypted with a Google-managed key only: you cannot rotate, disable or audit the key. Where the data calls for key control, use a Cloud KMS key (disk_encryption_key.kms_key_self_link).',
      bootDisk: 'The boot disk of {name} is encrypted with a Google-managed key only: you cannot rotate, disable or audit the key. Where the data calls for key control, set boot_disk.kms_key_self_link.',
      emptyKey: 'Disk {name} has a disk_encryption_key block that names no key (kms_key_self_link, raw_key or rsa_encrypted_key): it is encrypted with a Google-managed key only.',
    },
    description:
      'Google encrypts every persistent disk at rest with Google-managed keys; that part is the provider\'s. Control of the key — who may use it, rotation, disabling it to cut off access, an audit trail of each use — is the customer\'s choice, through a Cloud KMS key (CMEK) or a customer-supplied key (CSEK). Low severity: the data is encrypted either way.',
    aliases: { checkov: ['CKV_GCP_37', 'CKV_GCP_38'], tfsec: ['google-compute-disk-encryption-customer-key'], kics: ['b1d51728'] },
    compliance: ['CIS GCP 4.7', 'NIST 800-53 SC-12', 'NIST 800-53 SC-28'],
    fixable: true,
  },
  terraform: { resourceTypes: ['google_compute_disk', 'google_compute_region_disk', 'google_compute_instance', 'google_compute_instance_template', 'google_compute_region_instance_template'], check },
});
