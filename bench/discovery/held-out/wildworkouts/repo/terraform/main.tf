terraform {
  required_version = ">= 1.3"

  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 4.80"
    }
    google-beta = {
      source  = "hashicorp/google-beta"
      version = "~> 4.80"
    }
  }

  backend "gcs" {
    bucket = "pulsebook-terraform-state"
    prefix = "pulsebook"
  }
}

provider "google" {
  project = var.project
  region  = var.region
}

provider "google-beta" {
  project = var.project
  region  = var.region
}

resource "google_project" "project" {
  name            = "Pulsebook"
  project_id      = var.project
  billing_account = var.billing_account
}

resource "google_project_service" "compute" {
  service    = "compute.googleapis.com"
  depends_on = [google_project.project]
}

resource "google_project_service" "container_registry" {
  service    = "containerregistry.googleapis.com"
  depends_on = [google_project.project]

  disable_dependent_services = true
}

resource "google_project_service" "cloud_run" {
  service    = "run.googleapis.com"
  depends_on = [google_project.project]
}

resource "google_project_service" "iam" {
  service    = "iam.googleapis.com"
  depends_on = [google_project.project]
}

# Service account used by every Cloud Run service. It needs Firestore access and permission to
# invoke the other Cloud Run services (gRPC between trainings and trainer/users).
resource "google_service_account" "runtime" {
  account_id   = "pulsebook-runtime"
  display_name = "Pulsebook Cloud Run runtime"
  depends_on   = [google_project_service.iam]
}

resource "google_project_iam_member" "runtime_datastore" {
  project = var.project
  role    = "roles/datastore.user"
  member  = "serviceAccount:${google_service_account.runtime.email}"
}
