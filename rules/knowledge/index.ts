/**
 * The responsibility knowledge base: per service, which duties are the
 * provider's and which the customer's, one JSON file per cloud (schema:
 * rules/knowledge/schema.json; knowledge.test.ts checks the data against it,
 * the rule catalog and the resource specifications). A duty may name a rule
 * that is not registered yet (rules/knowledge/planned.ts): callers treat such
 * an id as "not checkable from code".
 */
import type { Duty } from '../../server/src/engine/rule';
import aws from './aws.json';
import azure from './azure.json';
import google from './google.json';

export type Cloud = 'aws' | 'azure' | 'google';

export interface CustomerDuty {
  duty: Duty;
  text: string;
  /** Rules that check this duty; empty when it cannot be checked from code. */
  rules: string[];
  /**
   * Attributes the checking rules read, per format, so a hover on one names the duty and its owner:
   * dot paths from the Terraform block body or CloudFormation `Properties`, list items stepped
   * through unmarked (`BlockDeviceMappings.Ebs.Encrypted`, `root_block_device.encrypted`).
   */
  reads?: { terraform?: string[]; cloudformation?: string[] };
}

export interface ServiceEntry {
  id: string;
  name: string;
  terraform: string[];
  cloudformation: string[];
  provider: string[];
  customer: CustomerDuty[];
  docs: string;
  /** What the provider now does by default where it changed (e.g. S3 SSE-S3 since 2023), and what remains yours. */
  defaults?: string;
}

interface KnowledgeFile {
  cloud: string;
  sharedResponsibilityUrl: string;
  services: unknown[];
}

const files: Record<Cloud, KnowledgeFile> = { aws, azure, google };

export const sharedResponsibilityUrls: Record<Cloud, string> = {
  aws: aws.sharedResponsibilityUrl,
  azure: azure.sharedResponsibilityUrl,
  google: google.sharedResponsibilityUrl,
};

/** Kept for callers that predate Azure and Google entries. */
export const sharedResponsibilityUrl: string = aws.sharedResponsibilityUrl;

const services: (ServiceEntry & { cloud: Cloud })[] = (Object.keys(files) as Cloud[]).flatMap((cloud) =>
  (files[cloud].services as ServiceEntry[]).map((s) => ({ ...s, cloud })),
);

export function serviceForType(type: string): (ServiceEntry & { cloud: Cloud }) | undefined {
  return services.find((s) => s.terraform.includes(type) || s.cloudformation.includes(type));
}

export function allServices(): readonly (ServiceEntry & { cloud: Cloud })[] {
  return services;
}
