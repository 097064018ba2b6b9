/**
 * The TLS security policy CloudFront uses with viewers. AWS defines the
 * policies; the customer chooses the certificate and the minimum protocol,
 * and the default *.cloudfront.net certificate always allows TLS 1.0.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import { get, str, truth } from '../../../server/src/model/query';
import type { MObject, Resource } from '../../../server/src/model/types';
import { distributionConfig } from '../../lib/cloudfront';
import { replaceFix, setFix } from '../../lib/report';

const messages = {
  'old-policy': 'CloudFront distribution {name} uses security policy {policy}, which {detail}. Use {recommended}.',
  'default-policy':
    'CloudFront distribution {name} names no minimum_protocol_version, so its custom certificate is served with the provider default TLSv1, which accepts TLS 1.0 and 1.1. Use {recommended}.',
  'default-certificate':
    'CloudFront distribution {name} uses the default *.cloudfront.net certificate, for which CloudFront always applies security policy TLSv1 (TLS 1.0 and 1.1 accepted). Serve it under your own domain with an ACM certificate and minimum protocol {recommended}.',
};

const RECOMMENDED = 'TLSv1.2_2021';

/** What the older CloudFront security policies (CloudFront Developer Guide, "Supported protocols and ciphers") still allow. */
const OLD: Readonly<Record<string, { detail: string; severity: 'medium' | 'low' }>> = {
  SSLv3: { detail: 'accepts SSLv3, TLS 1.0 and TLS 1.1', severity: 'medium' },
  TLSv1: { detail: 'accepts TLS 1.0 and 1.1', severity: 'medium' },
  TLSv1_2016: { detail: 'accepts TLS 1.0 and 1.1', severity: 'medium' },
  'TLSv1.1_2016': { detail: 'accepts TLS 1.1', severity: 'medium' },
  'TLSv1.2_2018': { detail: 'requires TLS 1.2 but still offers CBC-mode cipher suites that TLSv1.2_2021 drops', severity: 'low' },
  'TLSv1.2_2019': { detail: 'requires TLS 1.2 but still offers CBC-mode cipher suites that TLSv1.2_2021 drops', severity: 'low' },
};

interface Spelling {
  certificate: string;
  useDefault: string;
  minimum: string;
  method: string;
}

const terraform: Spelling = { certificate: 'viewer_certificate', useDefault: 'cloudfront_default_certificate', minimum: 'minimum_protocol_version', method: 'ssl_support_method' };
const cloudFormation: Spelling = { certificate: 'ViewerCertificate', useDefault: 'CloudFrontDefaultCertificate', minimum: 'MinimumProtocolVersion', method: 'SslSupportMethod' };

function checkCertificate(resource: Resource, certificate: MObject, s: Spelling, context: RuleContext): void {
  const data = { name: resource.name, recommended: RECOMMENDED };
  const useDefault = truth(get(certificate, s.useDefault));
  if (useDefault === 'unknown') return;
  if (useDefault === 'true') {
    context.report({ messageId: 'default-certificate', severity: 'low', data, span: get(certificate, s.useDefault)?.span ?? resource.typeSpan });
    return;
  }
  const value = get(certificate, s.minimum);
  const shown = resource.format === 'terraform' ? `${s.minimum} = "${RECOMMENDED}"` : `${s.minimum}: ${RECOMMENDED}`;
  // Dedicated-IP (`vip`) distributions predate the newer policies: no fix is offered there.
  const fixable = str(get(certificate, s.method)) !== 'vip';
  if (value === undefined || (value.kind === 'scalar' && value.value === null)) {
    // CloudFormation requires MinimumProtocolVersion with a custom certificate: a missing one fails the deployment instead.
    if (resource.format !== 'terraform') return;
    const span = certificate.span ? { start: certificate.span.start, end: certificate.span.start + s.certificate.length } : resource.typeSpan;
    context.report({ messageId: 'default-policy', data, span, fixes: fixable ? [setFix(`Add ${shown}`, certificate, s.minimum, RECOMMENDED)] : [] });
    return;
  }
  const policy = str(value);
  const old = policy === undefined ? undefined : OLD[policy];
  if (!old || !value.span) return;
  context.report({
    messageId: 'old-policy',
    severity: old.severity,
    data: { ...data, policy: policy!, detail: old.detail },
    span: value.span,
    fixes: fixable ? [replaceFix(`Set ${shown}`, value, RECOMMENDED)] : [],
  });
}

function check(resource: Resource, context: RuleContext): void {
  const config = distributionConfig(resource);
  if (!config) return;
  const s = resource.format === 'terraform' ? terraform : cloudFormation;
  const certificate = get(config, s.certificate);
  if (certificate === undefined && resource.format === 'cloudformation') {
    // No ViewerCertificate: the distribution is served with the default certificate.
    context.report({ messageId: 'default-certificate', severity: 'low', data: { name: resource.name, recommended: RECOMMENDED }, span: resource.typeSpan });
    return;
  }
  const certificates = certificate?.kind === 'object' ? [certificate] : certificate?.kind === 'list' ? certificate.items.filter((i): i is MObject => i.kind === 'object') : [];
  for (const c of certificates) checkCertificate(resource, c, s, context);
}

export default defineRule({
  meta: {
    id: 'aws-cloudfront-min-tls',
    title: 'CloudFront distributions require TLS 1.2 from viewers',
    owner: 'customer',
    duty: 'data-protection',
    severity: 'medium',
    messages,
    description:
      'AWS publishes the CloudFront security policies; the customer chooses the viewer certificate and the minimum protocol version. The default *.cloudfront.net certificate is always served with policy TLSv1, and older policies accept TLS 1.0 and 1.1 (deprecated by RFC 8996). Serve the distribution under your own domain with an ACM certificate and minimum protocol version TLSv1.2_2021.',
    aliases: { checkov: ['CKV_AWS_174'], trivy: ['AVD-AWS-0013'], tfsec: ['aws-cloudfront-use-secure-tls-policy'] },
    compliance: ['NIST 800-53 SC-8', 'NIST 800-53 SC-13'],
    fixable: true,
  },
  terraform: { resourceTypes: ['aws_cloudfront_distribution'], check },
  cloudformation: { resourceTypes: ['AWS::CloudFront::Distribution'], check },
});
