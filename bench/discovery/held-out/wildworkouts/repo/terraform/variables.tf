variable "project" {
  description = "GCP project ID, e.g. pulsebook-prod"
}

variable "region" {
  default = "europe-west1"
}

variable "firebase_location" {
  default = "europe-west"
}

variable "billing_account" {
  description = "Billing account ID the project is linked to"
}

variable "user" {
  description = "Your e-mail, used to grant you owner permissions"
}

variable "repository_name" {
  default = "pulsebook"
}
