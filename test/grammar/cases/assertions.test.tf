# SYNTAX TEST "source.terraform" "Terraform scopes that themes and the Onus directive rely on"
resource "aws_security_group" "web" {
# <-------- storage.type.block.terraform
#         ^^^^^^^^^^^^^^^^^^ entity.name.type.terraform
#                              ^^^ entity.name.label.terraform
  name = "web-${var.env}"
# ^^^^ entity.other.attribute-name.terraform
#        ^^^^ string.quoted.double.terraform
#             ^^ punctuation.section.interpolation.begin.terraform
#               ^^^ variable.language.terraform
  ingress {
# ^^^^^^^ entity.name.type.block.terraform
    from_port = 22 // SSH
#               ^^ constant.numeric.terraform
#                  ^^ comment.line.double-slash.terraform
    cidr_blocks = ["0.0.0.0/0"] # onus:ignore aws-security-group-open-ingress -- bastion
#                                 ^^^^^^^^^^^ keyword.other.directive.onus
#                                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ constant.other.rule-id.onus
  }
  description = <<EOT
#               ^^^^^ string.unquoted.heredoc.terraform
Managed by ${local.team} /* not a comment */
#          ^^ punctuation.section.interpolation.begin.terraform
#                        ^^^^^^^^^^^^^^^^^^^ string.unquoted.heredoc.terraform
EOT
  enabled = true
#           ^^^^ constant.language.boolean.terraform
  arn = provider::aws::arn_build("aws", "s3", "", "", "b")
#       ^^^^^^^^ storage.modifier.provider.terraform
#                      ^^^^^^^^^ entity.name.function.terraform
}
