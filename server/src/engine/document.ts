/** One parsed file, whatever its syntax: what every later stage reads. */
import type { LineIndex } from '../core/text';
import type * as hcl from '../hcl/ast';
import type { ProviderConfig, Resource, SourceComment, SyntaxDiagnostic } from '../model/types';

export type DocumentKind = 'terraform' | 'cloudformation' | 'none';
/** `terraform-json`: Terraform's JSON syntax (`*.tf.json`), read into the same HCL tree. */
export type DocumentSyntax = 'hcl' | 'terraform-json' | 'yaml' | 'json' | 'none';

export interface OnusDocument {
  uri: string;
  text: string;
  lineIndex: LineIndex;
  kind: DocumentKind;
  syntax: DocumentSyntax;
  /** Syntax errors and files skipped (too large, binary), as diagnostics. */
  errors: SyntaxDiagnostic[];
  resources: Resource[];
  /** Terraform `data` blocks, evaluated like resources (policy documents, AMIs…); rules read them through the unit. */
  dataSources?: Resource[];
  /** Terraform `provider` blocks (for `default_tags` and aliases). */
  providers?: ProviderConfig[];
  /** Every comment (HCL and YAML), for suppressions. */
  comments: SourceComment[];
  /** The HCL tree, for Terraform files. */
  hcl?: hcl.ConfigFile;
  /** The `yaml` Document or jsonc-parser root node, for CloudFormation. */
  tree?: unknown;
  /**
   * Its Resource objects live on into the next version of the text when they do not change (JSON
   * templates, cloudformation/json-incremental.ts): findings are remembered with them.
   */
  resourcesCarriedOver?: true;
}
