/**
 * Which AWS resource types take tags, in each format. Backed by the generated tables beside this
 * file (see README.md here; regenerate with `npm run generate`, never edit the JSON by hand).
 */
import cloudFormationTags from './cloudformation-tags.json';
import terraformTags from './terraform-tags.json';

export interface CloudFormationTagging {
  /** The property that holds the tags, e.g. `Tags`, `BackupVaultTags`. */
  readonly property: string;
  /** The shape of that property in the source database: `standard` (list of Key/Value), `map`, `asg` (adds PropagateAtLaunch), … */
  readonly variant: string;
}

// Built once, on first use, from the imported (immutable) tables.
let terraformSet: ReadonlySet<string> | undefined;
let cloudFormationMap: ReadonlyMap<string, CloudFormationTagging> | undefined;

/** True when the Terraform AWS resource type (e.g. `aws_s3_bucket`) has a `tags` map argument. */
export function terraformTaggable(type: string): boolean {
  terraformSet ??= new Set(terraformTags.resources);
  return terraformSet.has(type);
}

/** How a CloudFormation resource type (e.g. `AWS::S3::Bucket`) takes tags, or undefined when it takes none. */
export function cloudFormationTagging(type: string): CloudFormationTagging | undefined {
  if (!cloudFormationMap) {
    // Each entry is [tagPropertyName, variant] (see the generator).
    const table: Readonly<Record<string, readonly string[]>> = cloudFormationTags.resources;
    cloudFormationMap = new Map(
      Object.entries(table).map(([name, [property, variant]]) => [name, Object.freeze({ property, variant })]),
    );
  }
  return cloudFormationMap.get(type);
}
