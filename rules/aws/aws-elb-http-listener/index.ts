/**
 * Load balancer listeners that serve plain HTTP. AWS runs the load balancer;
 * which protocol it accepts from clients is the customer's configuration. An
 * HTTP listener is acceptable only as a redirect to HTTPS.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import type { FixValue, SemanticFix } from '../../../server/src/fixes/types';
import { get, num } from '../../../server/src/model/query';
import type { Resource } from '../../../server/src/model/types';
import { defaultActions, LISTENER_TYPES, listenerProtocol, loadBalancerOf, redirectsToHttps, spelling } from '../../lib/elb-listeners';

const messages = {
  http: 'Listener {name} accepts plain HTTP and does not redirect it to HTTPS: requests and responses (cookies, tokens, form data) cross the network unencrypted. Redirect HTTP to an HTTPS listener, or listen on HTTPS only.',
};

/** The port of an HTTPS listener on the same load balancer, when the unit has one: the redirect has somewhere to go. */
function httpsPortOnSameLoadBalancer(listener: Resource, context: RuleContext): number | undefined {
  const lb = loadBalancerOf(listener, context.unit);
  if (!lb) return undefined;
  for (const other of context.unit) {
    if (other === listener || other.format !== listener.format || !(LISTENER_TYPES[other.format] as readonly string[]).includes(other.type)) continue;
    if (loadBalancerOf(other, context.unit) !== lb || listenerProtocol(other, context.unit)?.protocol !== 'HTTPS') continue;
    const port = num(get(other.body, other.format === 'terraform' ? 'port' : 'Port'));
    if (port !== undefined) return port;
  }
  return undefined;
}

/**
 * Replacing the single default action by a permanent redirect is safe only when an HTTPS
 * listener of the same load balancer is in the unit to receive the redirected requests.
 */
function redirectFix(listener: Resource, context: RuleContext): SemanticFix[] {
  const actions = defaultActions(listener);
  const port = httpsPortOnSameLoadBalancer(listener, context);
  if (port === undefined || actions?.length !== 1 || !actions[0].span) return [];
  const title = `Redirect HTTP to the HTTPS listener on port ${port} (HTTP 301)`;
  if (listener.format === 'cloudformation') {
    const value: FixValue = { Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: String(port), StatusCode: 'HTTP_301' } };
    return [{ title, kind: 'quickfix', preferred: true, changes: [{ kind: 'replace', target: actions[0], value }] }];
  }
  // The whole block is replaced (a redirect action must not keep a target group); written in the file's indentation.
  const indent = context.document.lineIndex.indentAt(actions[0].span.start);
  const unit = indent.length > 0 ? indent : '  ';
  const lines = [
    'default_action {',
    `${unit}type = "redirect"`,
    '',
    `${unit}redirect {`,
    `${unit}${unit}port        = "${port}"`,
    `${unit}${unit}protocol    = "HTTPS"`,
    `${unit}${unit}status_code = "HTTP_301"`,
    `${unit}}`,
    '}',
  ];
  const eol = context.document.lineIndex.eol;
  const hcl = lines.map((line, i) => (i === 0 || line === '' ? line : indent + line)).join(eol);
  return [{ title, kind: 'quickfix', preferred: true, changes: [{ kind: 'replace', target: actions[0], value: { hcl } }] }];
}

function check(listener: Resource, context: RuleContext): void {
  const protocol = listenerProtocol(listener, context.unit);
  if (protocol?.protocol !== 'HTTP') return;
  if (redirectsToHttps(listener) !== 'false') return;
  const written = get(listener.body, spelling(listener).protocol);
  context.report({
    messageId: 'http',
    data: { name: listener.name },
    span: written?.span ?? listener.typeSpan,
    fixes: redirectFix(listener, context),
  });
}

export default defineRule({
  meta: {
    id: 'aws-elb-http-listener',
    title: 'Load balancer listeners redirect HTTP to HTTPS',
    owner: 'customer',
    duty: 'data-protection',
    severity: 'high',
    messages,
    description:
      'AWS operates Elastic Load Balancing; which protocols a listener accepts from clients is the customer\'s configuration. A listener on plain HTTP carries requests and responses unencrypted unless its default action redirects to HTTPS. Serve HTTPS (or TLS), and keep an HTTP listener only as a redirect to it.',
    aliases: { checkov: ['CKV_AWS_2'], trivy: ['AVD-AWS-0054'], tfsec: ['aws-elb-http-not-used'], kics: ['de7f5e83'] },
    compliance: ['NIST 800-53 SC-8', 'NIST 800-53 SC-8(1)'],
    fixable: true,
  },
  terraform: { resourceTypes: LISTENER_TYPES.terraform, check },
  cloudformation: { resourceTypes: LISTENER_TYPES.cloudformation, check },
});
