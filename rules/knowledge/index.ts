/** The responsibility knowledge base: which duties are the provider's and which the customer's, per service. */
import type { Duty } from '../../server/src/engine/rule';
import aws from './aws.json';

export interface CustomerDuty {
  duty: Duty;
  text: string;
  /** Rules that check this duty; empty when it cannot be checked from code. */
  rules: string[];
}

export interface ServiceEntry {
  id: string;
  name: string;
  terraform: string[];
  cloudformation: string[];
  provider: string[];
  customer: CustomerDuty[];
  docs: string;
}

export const sharedResponsibilityUrl: string = aws.sharedResponsibilityUrl;

const services = aws.services as ServiceEntry[];

export function serviceForType(type: string): ServiceEntry | undefined {
  return services.find((s) => s.terraform.includes(type) || s.cloudformation.includes(type));
}

export function allServices(): readonly ServiceEntry[] {
  return services;
}
