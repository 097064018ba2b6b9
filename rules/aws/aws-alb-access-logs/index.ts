/**
 * Access logs of Application and Network Load Balancers. ELB writes them only
 * when the customer enables them and names an S3 bucket; Gateway Load
 * Balancers have none, and a Network Load Balancer logs only TLS connections.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import type { FixValue, SemanticChange } from '../../../server/src/fixes/types';
import { get, objects, str } from '../../../server/src/model/query';
import type { MObject, Resource } from '../../../server/src/model/types';
import { LISTENER_TYPES, listenerProtocol, loadBalancerOf, typeOf } from '../../lib/elb-listeners';
import { replaceFix, setFix, setting } from '../../lib/report';

const messages = {
  disabled:
    'Load balancer {name} does not write access logs ({state}): there is no record of the requests it served (client, path, status, TLS version) to investigate an incident. Enable access logs into an S3 bucket.',
};

const PLACEHOLDER = 'LOG_BUCKET_NAME';
const ENABLED = 'access_logs.s3.enabled';
const BUCKET = 'access_logs.s3.bucket';

/** Whether access logs apply: application (the default type) always; network only with a TLS listener in the unit; gateway never. */
function applies(lb: Resource, context: RuleContext): boolean {
  const type = typeOf(lb);
  if (type === 'application') return true;
  if (type !== 'network') return false;
  return context.unit.some(
    (r) => (LISTENER_TYPES[r.format] as readonly string[]).includes(r.type) && loadBalancerOf(r, context.unit) === lb && listenerProtocol(r, context.unit)?.protocol === 'TLS',
  );
}

function terraform(lb: Resource, context: RuleContext): void {
  const blocks = objects(lb.body, 'access_logs');
  if (!lb.body.entries.has('access_logs')) {
    const value: FixValue = { block: { bucket: { placeholder: PLACEHOLDER }, enabled: true } };
    context.report({ messageId: 'disabled', data: { name: lb.name, state: 'no access_logs block' }, span: lb.typeSpan, fixes: [setFix('Add access_logs (edit the selected bucket)', lb.body, 'access_logs', value, true)] });
    return;
  }
  for (const block of blocks) {
    const { state, value } = setting(block, 'enabled');
    if (state === 'on' || state === 'unknown') continue;
    if (state === 'off' && value?.span) {
      context.report({ messageId: 'disabled', data: { name: lb.name, state: 'access_logs.enabled = false' }, span: value.span, fixes: [replaceFix('Set enabled = true', value, true)] });
      continue;
    }
    const span = block.span ? { start: block.span.start, end: block.span.start + 'access_logs'.length } : lb.typeSpan;
    // The provider leaves access logs off, even with a bucket, unless `enabled = true`.
    context.report({ messageId: 'disabled', data: { name: lb.name, state: 'access_logs.enabled not set, which means false' }, span, fixes: [setFix('Add enabled = true', block, 'enabled', true)] });
  }
}

/** The `{Key, Value}` entry of LoadBalancerAttributes with this key. */
function attribute(attributes: MObject[], key: string): MObject | undefined {
  return attributes.find((a) => str(get(a, 'Key')) === key);
}

function cloudFormation(lb: Resource, context: RuleContext): void {
  const list = get(lb.body, 'LoadBalancerAttributes');
  if (list !== undefined && list.kind !== 'list') return; // an intrinsic: not known statically
  if (list?.kind === 'list' && list.items.some((i) => i.kind !== 'object')) return;
  const attributes = objects(lb.body, 'LoadBalancerAttributes');
  const enabled = attribute(attributes, ENABLED);
  const value = get(enabled, 'Value');
  const state = setting(enabled, 'Value').state;
  if (state === 'on' || state === 'unknown') return;
  const title = 'Enable access logs (edit the selected bucket)';
  const bucketEntry: FixValue = { Key: BUCKET, Value: { placeholder: PLACEHOLDER } };
  const changes: SemanticChange[] = [];
  if (state === 'off' && value?.span) changes.push({ kind: 'replace', target: value, value: 'true' });
  if (list?.kind === 'list') {
    if (!enabled) changes.push({ kind: 'append', target: list, value: { Key: ENABLED, Value: 'true' } });
    if (!attribute(attributes, BUCKET)) changes.push({ kind: 'append', target: list, value: bucketEntry });
  } else {
    changes.push({ kind: 'set', target: lb.body, key: 'LoadBalancerAttributes', value: [{ Key: ENABLED, Value: 'true' }, bucketEntry] });
  }
  const span = state === 'off' && value?.span ? value.span : lb.typeSpan;
  context.report({ messageId: 'disabled', data: { name: lb.name, state: state === 'off' ? `${ENABLED} is false` : `${ENABLED} not set` }, span, fixes: [{ title, kind: 'quickfix', preferred: true, changes }] });
}

export default defineRule({
  meta: {
    id: 'aws-alb-access-logs',
    title: 'Application and Network Load Balancers write access logs',
    owner: 'customer',
    duty: 'logging-monitoring',
    severity: 'medium',
    messages,
    description:
      'Elastic Load Balancing can log every request (Application Load Balancer) or TLS connection (Network Load Balancer) to S3, but only when the customer enables access logs and provides the bucket; they are off by default, even when a bucket is named. Enable them on every load balancer that faces clients.',
    aliases: { checkov: ['CKV_AWS_91'] },
    compliance: ['NIST 800-53 AU-2', 'NIST 800-53 AU-12'],
    fixable: true,
  },
  terraform: {
    resourceTypes: ['aws_lb', 'aws_alb'],
    check(lb, context) {
      if (applies(lb, context)) terraform(lb, context);
    },
  },
  cloudformation: {
    resourceTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
    check(lb, context) {
      if (applies(lb, context)) cloudFormation(lb, context);
    },
  },
});
