variable "project" {}

variable "location" {}

variable "name" {
  description = "Service name, also the image name in gcr.io"
}

variable "protocol" {
  description = "http or grpc, passed as SERVER_TO_RUN"
}

variable "auth" {
  type    = bool
  default = true
}

variable "service_account" {
  default = null
}

variable "dependency" {
  default = null
}

variable "envs" {
  type = list(object({
    name  = string
    value = string
  }))
  default = []
}

locals {
  service_name = "${var.name}-${var.protocol}"

  default_envs = [
    {
      name  = "SERVER_TO_RUN"
      value = var.protocol
    },
    {
      name  = "GCP_PROJECT"
      value = var.project
    },
    {
      name  = "CORS_ALLOWED_ORIGINS"
      value = "https://${var.project}.web.app,https://${var.project}.firebaseapp.com"
    },
  ]

  envs = concat(local.default_envs, var.envs)
}

resource "google_cloud_run_service" "service" {
  name     = local.service_name
  location = var.location

  template {
    spec {
      service_account_name = var.service_account

      containers {
        image = "gcr.io/${var.project}/${var.name}"

        dynamic "ports" {
          # gRPC needs end-to-end HTTP/2 on Cloud Run
          for_each = var.protocol == "grpc" ? [1] : []
          content {
            name           = "h2c"
            container_port = 8080
          }
        }

        dynamic "env" {
          for_each = local.envs
          content {
            name  = env.value.name
            value = env.value.value
          }
        }
      }
    }
  }

  traffic {
    percent         = 100
    latest_revision = true
  }

  autogenerate_revision_name = true

  lifecycle {
    # Images are deployed by Cloud Build, not by Terraform.
    ignore_changes = [template[0].spec[0].containers[0].image]
  }

  depends_on = [var.dependency]
}

data "google_iam_policy" "noauth" {
  binding {
    role    = "roles/run.invoker"
    members = ["allUsers"]
  }
}

resource "google_cloud_run_service_iam_policy" "noauth" {
  count = var.auth ? 0 : 1

  location = google_cloud_run_service.service.location
  project  = google_cloud_run_service.service.project
  service  = google_cloud_run_service.service.name

  policy_data = data.google_iam_policy.noauth.policy_data
}

output "name" {
  value = google_cloud_run_service.service.name
}

output "endpoint" {
  value = google_cloud_run_service.service.status[0].url
}
