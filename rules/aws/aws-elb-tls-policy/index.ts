/**
 * The TLS security policy of HTTPS and TLS listeners. AWS defines the
 * policies; which one a listener uses — and so whether clients may still
 * negotiate TLS 1.0 or 1.1 — is the customer's choice.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import { get, str } from '../../../server/src/model/query';
import type { Resource } from '../../../server/src/model/types';
import { LISTENER_TYPES, listenerProtocol, spelling } from '../../lib/elb-listeners';
import { replaceFix, setFix } from '../../lib/report';

const messages = {
  weak: 'Listener {name} uses security policy {policy}, which still accepts {versions}. Use a policy that requires TLS 1.2 or later, such as {recommended}.',
  default:
    'Listener {name} names no security policy, so AWS applies ELBSecurityPolicy-2016-08 (the default outside the console), which accepts TLS 1.0 and 1.1. Name a policy that requires TLS 1.2 or later, such as {recommended}.',
};

export const RECOMMENDED = 'ELBSecurityPolicy-TLS13-1-2-2021-06';

/**
 * Predefined ELB policies that admit TLS 1.0 or 1.1 (Application and Network Load Balancer
 * guides, "Security policies"), by the versions they admit. Policies named
 * `ELBSecurityPolicy-TLS13-1-0-…` / `-1-1-…` (including the FIPS and post-quantum variants) follow the
 * naming scheme: the numbers are the lowest TLS version.
 */
const LEGACY: Readonly<Record<string, string>> = {
  'ELBSecurityPolicy-2015-05': 'TLS 1.0 and 1.1',
  'ELBSecurityPolicy-2016-08': 'TLS 1.0 and 1.1',
  'ELBSecurityPolicy-TLS-1-0-2015-04': 'TLS 1.0 and 1.1',
  'ELBSecurityPolicy-FS-2018-06': 'TLS 1.0 and 1.1',
  'ELBSecurityPolicy-TLS-1-1-2017-01': 'TLS 1.1',
  'ELBSecurityPolicy-FS-1-1-2019-08': 'TLS 1.1',
};

/** The old TLS versions a policy admits; undefined for a policy requiring TLS 1.2+ or one Onus does not know. */
export function oldVersions(policy: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(LEGACY, policy)) return LEGACY[policy];
  const m = /^ELBSecurityPolicy-TLS13-1-([01])-/.exec(policy);
  if (!m) return undefined;
  return m[1] === '0' ? 'TLS 1.0 and 1.1' : 'TLS 1.1';
}

function check(listener: Resource, context: RuleContext): void {
  const protocol = listenerProtocol(listener, context.unit)?.protocol;
  if (protocol !== 'HTTPS' && protocol !== 'TLS') return;
  const key = spelling(listener).sslPolicy;
  const value = get(listener.body, key);
  const shown = listener.format === 'terraform' ? `${key} = "${RECOMMENDED}"` : `${key}: ${RECOMMENDED}`;
  if (value === undefined || (value.kind === 'scalar' && value.value === null)) {
    context.report({
      messageId: 'default',
      data: { name: listener.name, recommended: RECOMMENDED },
      span: listener.typeSpan,
      fixes: [setFix(`Add ${shown}`, listener.body, key, RECOMMENDED)],
    });
    return;
  }
  const policy = str(value);
  const versions = policy === undefined ? undefined : oldVersions(policy);
  if (!versions || !value.span) return;
  context.report({
    messageId: 'weak',
    data: { name: listener.name, policy: policy!, versions, recommended: RECOMMENDED },
    span: value.span,
    fixes: [replaceFix(`Set ${shown}`, value, RECOMMENDED)],
  });
}

export default defineRule({
  meta: {
    id: 'aws-elb-tls-policy',
    title: 'HTTPS and TLS listeners require TLS 1.2 or later',
    owner: 'customer',
    duty: 'data-protection',
    severity: 'medium',
    messages,
    description:
      'AWS publishes the Elastic Load Balancing security policies; the customer chooses the one each HTTPS or TLS listener uses. Policies that still admit TLS 1.0 or 1.1 — including ELBSecurityPolicy-2016-08, which AWS applies when none is named outside the console — allow deprecated protocols (RFC 8996). Name a policy that requires TLS 1.2 or later.',
    aliases: { checkov: ['CKV_AWS_103'], trivy: ['AVD-AWS-0047'], tfsec: ['aws-elb-use-secure-tls-policy'], kics: ['126c1788'] },
    compliance: ['NIST 800-53 SC-8', 'NIST 800-53 SC-13'],
    fixable: true,
  },
  terraform: { resourceTypes: LISTENER_TYPES.terraform, check },
  cloudformation: { resourceTypes: LISTENER_TYPES.cloudformation, check },
});
