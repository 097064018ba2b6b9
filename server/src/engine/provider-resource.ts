/** A Terraform provider block seen as the resource its findings and suppressions belong to. */
import type { ProviderConfig, Resource } from '../model/types';
import type { OnusDocument } from './document';

export function providerResource(document: OnusDocument, provider: ProviderConfig): Resource {
  const label = provider.labelSpan ?? provider.span;
  return {
    format: 'terraform',
    type: 'provider',
    name: provider.alias ? `${provider.name}.${provider.alias}` : provider.name,
    uri: document.uri,
    span: provider.span,
    typeSpan: label,
    headerSpan: { start: provider.span.start, end: label.end },
    body: provider.body,
    leadingComments: provider.leadingComments ?? [],
  };
}
