resource "google_project_service" "cloud_build" {
  service    = "cloudbuild.googleapis.com"
  depends_on = [google_project.project]
}

resource "google_project_service" "source_repo" {
  service    = "sourcerepo.googleapis.com"
  depends_on = [google_project.project]
}

resource "google_sourcerepo_repository" "pulsebook" {
  name       = var.repository_name
  depends_on = [google_project_service.source_repo]
}

resource "google_cloudbuild_trigger" "trigger" {
  trigger_template {
    branch_name = "master"
    repo_name   = google_sourcerepo_repository.pulsebook.name
  }

  filename   = "cloudbuild.yaml"
  depends_on = [google_project_service.cloud_build]
}

locals {
  cloud_build_member = "serviceAccount:${google_project.project.number}@cloudbuild.gserviceaccount.com"
}

resource "google_project_iam_member" "cloud_run_admin" {
  project = var.project
  role    = "roles/run.admin"
  member  = local.cloud_build_member
}

resource "google_project_iam_member" "firebase_admin" {
  project = var.project
  role    = "roles/firebase.admin"
  member  = local.cloud_build_member
}

resource "google_project_iam_member" "service_account_user" {
  project = var.project
  role    = "roles/iam.serviceAccountUser"
  member  = local.cloud_build_member
}
