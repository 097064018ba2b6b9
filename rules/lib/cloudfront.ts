/** CloudFront distributions: the settings live in the Terraform resource body, or under CloudFormation `DistributionConfig`. */
import { get } from '../../server/src/model/query';
import type { MObject, Resource } from '../../server/src/model/types';

/** The distribution settings; undefined when CloudFormation `DistributionConfig` is not known statically. */
export function distributionConfig(resource: Resource): MObject | undefined {
  if (resource.format === 'terraform') return resource.body;
  const config = get(resource.body, 'DistributionConfig');
  return config?.kind === 'object' ? config : undefined;
}
