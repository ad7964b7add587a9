variable "environment_name" {
  description = "Prefix for every resource name"
  type        = string
  default     = "driftwood"
}

variable "region" {
  type    = string
  default = "us-west-2"
}

variable "vpc_cidr" {
  type    = string
  default = "10.42.0.0/16"
}

variable "image_tag" {
  description = "Container image tag for all services"
  type        = string
  default     = "1.2.0"
}

variable "enable_opentelemetry" {
  description = "Export traces to the ADOT collector"
  type        = bool
  default     = false
}
