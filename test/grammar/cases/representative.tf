# A representative Terraform file: comments of all three kinds, blocks, templates, heredocs.
// line comment
/* block
   comment */
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = ">= 5.0" }
  }
}

locals {
  name   = "app-${var.env}"
  ports  = [for p in var.ports : p if p != 22]
  bucket = provider::aws::arn_parse(var.arn).resource
  flag   = var.enabled ? 1 : 0
  banner = <<-EOT
    Hello ${local.name}
    %{ if var.env == "prod" }production%{ endif }
  EOT
}

# onus:ignore aws-ebs-encryption -- scratch volume
resource "aws_ebs_volume" "data" {
  size      = 40
  encrypted = false

  dynamic "tag" {
    for_each = var.tags
    content {
      key = tag.key
    }
  }
}
