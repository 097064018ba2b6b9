/**
 * Elastic Load Balancing v2 listeners (Terraform `aws_lb_listener` /
 * `aws_alb_listener`, CloudFormation `AWS::ElasticLoadBalancingV2::Listener`):
 * the protocol a listener serves and whether its default action redirects to
 * HTTPS, as the provider reads them. Anything not known statically is
 * `undefined` / `'unknown'`, and unknown never produces a finding.
 */
import { get, objects, str, type TriState } from '../../server/src/model/query';
import type { MObject, MValue, Resource } from '../../server/src/model/types';
import { referencedResource } from './links';

export const LISTENER_TYPES = { terraform: ['aws_lb_listener', 'aws_alb_listener'], cloudformation: ['AWS::ElasticLoadBalancingV2::Listener'] } as const;

interface Spelling {
  protocol: string;
  loadBalancer: string;
  actions: string;
  type: string;
  redirect: string;
  redirectProtocol: string;
  sslPolicy: string;
}

const terraform: Spelling = { protocol: 'protocol', loadBalancer: 'load_balancer_arn', actions: 'default_action', type: 'type', redirect: 'redirect', redirectProtocol: 'protocol', sslPolicy: 'ssl_policy' };
const cloudFormation: Spelling = { protocol: 'Protocol', loadBalancer: 'LoadBalancerArn', actions: 'DefaultActions', type: 'Type', redirect: 'RedirectConfig', redirectProtocol: 'Protocol', sslPolicy: 'SslPolicy' };

export function spelling(resource: Resource): Spelling {
  return resource.format === 'terraform' ? terraform : cloudFormation;
}

/** The load balancer resource of the unit the listener belongs to, when its reference can be joined. */
export function loadBalancerOf(listener: Resource, unit: readonly Resource[]): Resource | undefined {
  return referencedResource(unit, get(listener.body, spelling(listener).loadBalancer), listener.format);
}

/**
 * The load balancer type (`application`, `network`, `gateway`) of a listener's
 * load balancer: Terraform `load_balancer_type` / CloudFormation `Type`, both
 * `application` when absent. Undefined when the load balancer is not in the unit or its type is not known.
 */
export function loadBalancerType(listener: Resource, unit: readonly Resource[]): string | undefined {
  const lb = loadBalancerOf(listener, unit);
  return lb ? typeOf(lb) : undefined;
}

/** The type of a load balancer resource (`application` when absent); undefined when not known statically. */
export function typeOf(lb: Resource): string | undefined {
  const value = get(lb.body, lb.format === 'terraform' ? 'load_balancer_type' : 'Type');
  if (value === undefined || (value.kind === 'scalar' && value.value === null)) return 'application';
  return str(value);
}

/**
 * The protocol clients use, upper-case. Written: its value. Absent: in Terraform the provider
 * documents HTTP as the default on Application Load Balancers, and a Gateway Load Balancer listener
 * has no protocol; so an absent protocol is HTTP only when the load balancer is in the unit and is
 * neither a Network nor a Gateway Load Balancer. CloudFormation documents no default: undefined.
 */
export function listenerProtocol(listener: Resource, unit: readonly Resource[]): { protocol: string; node?: MValue } | undefined {
  const value = get(listener.body, spelling(listener).protocol);
  if (value !== undefined && !(value.kind === 'scalar' && value.value === null)) {
    const protocol = str(value);
    return protocol === undefined ? undefined : { protocol: protocol.toUpperCase(), node: value };
  }
  if (listener.format !== 'terraform') return undefined;
  const type = loadBalancerType(listener, unit);
  if (type === undefined || type === 'network' || type === 'gateway') return undefined;
  return { protocol: 'HTTP' };
}

/** The default actions of a listener; `undefined` when the list itself is not known (an intrinsic, a variable). */
export function defaultActions(listener: Resource): MObject[] | undefined {
  const key = spelling(listener).actions;
  const value = get(listener.body, key);
  if (value?.kind === 'unknown') return undefined;
  if (value?.kind === 'list' && value.items.some((i) => i.kind !== 'object')) return undefined;
  return objects(listener.body, key);
}

/**
 * Whether the listener's default action redirects to HTTPS: an action of type `redirect`
 * whose redirect protocol is `HTTPS`. The redirect protocol defaults to `#{protocol}` (the
 * request's own, so HTTP stays HTTP). No default action at all is not a redirect.
 */
export function redirectsToHttps(listener: Resource): TriState {
  const s = spelling(listener);
  const actions = defaultActions(listener);
  if (actions === undefined) return 'unknown';
  let unknown = false;
  for (const action of actions) {
    const type = get(action, s.type);
    if (type?.kind === 'unknown') {
      unknown = true;
      continue;
    }
    if (str(type)?.toLowerCase() !== 'redirect') continue;
    const redirect = get(action, s.redirect);
    if (redirect?.kind === 'unknown') {
      unknown = true;
      continue;
    }
    for (const config of objects(action, s.redirect)) {
      const protocol = get(config, s.redirectProtocol);
      if (protocol?.kind === 'unknown') unknown = true;
      else if (str(protocol)?.toUpperCase() === 'HTTPS') return 'true';
    }
  }
  return unknown ? 'unknown' : 'false';
}
