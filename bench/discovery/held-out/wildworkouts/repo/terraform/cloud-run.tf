locals {
  service_name   = "pulsebook"
  cloud_run_url  = "run.app"
  grpc_port      = 443
}

module "cloud_run_trainer_grpc" {
  source = "./service-cloud-run"

  project          = var.project
  location         = var.region
  dependency       = null_resource.init_docker_images
  service_account  = google_service_account.runtime.email

  name     = "trainer"
  protocol = "grpc"

  envs = [
    {
      name  = "HOURS_REPOSITORY"
      value = "firestore"
    },
  ]
}

module "cloud_run_trainer_http" {
  source = "./service-cloud-run"

  project          = var.project
  location         = var.region
  dependency       = null_resource.init_docker_images
  service_account  = google_service_account.runtime.email

  name     = "trainer"
  protocol = "http"
  auth     = false

  envs = [
    {
      name  = "HOURS_REPOSITORY"
      value = "firestore"
    },
  ]
}

module "cloud_run_trainings_http" {
  source = "./service-cloud-run"

  project          = var.project
  location         = var.region
  dependency       = null_resource.init_docker_images
  service_account  = google_service_account.runtime.email

  name     = "trainings"
  protocol = "http"
  auth     = false

  envs = [
    {
      name  = "TRAINER_GRPC_ADDR"
      value = "${trimprefix(module.cloud_run_trainer_grpc.endpoint, "https://")}:${local.grpc_port}"
    },
    {
      name  = "USERS_GRPC_ADDR"
      value = "${trimprefix(module.cloud_run_users_grpc.endpoint, "https://")}:${local.grpc_port}"
    },
  ]
}

module "cloud_run_users_http" {
  source = "./service-cloud-run"

  project          = var.project
  location         = var.region
  dependency       = null_resource.init_docker_images
  service_account  = google_service_account.runtime.email

  name     = "users"
  protocol = "http"
  auth     = false
}

module "cloud_run_users_grpc" {
  source = "./service-cloud-run"

  project          = var.project
  location         = var.region
  dependency       = null_resource.init_docker_images
  service_account  = google_service_account.runtime.email

  name     = "users"
  protocol = "grpc"
}

# gRPC services are private: only the runtime service account (used by trainings-http) may call them.
resource "google_cloud_run_service_iam_member" "trainer_grpc_invoker" {
  location = var.region
  service  = module.cloud_run_trainer_grpc.name
  role     = "roles/run.invoker"
  member   = "serviceAccount:${google_service_account.runtime.email}"
}

resource "google_cloud_run_service_iam_member" "users_grpc_invoker" {
  location = var.region
  service  = module.cloud_run_users_grpc.name
  role     = "roles/run.invoker"
  member   = "serviceAccount:${google_service_account.runtime.email}"
}

# Cloud Run cannot start without an image, so we push a placeholder build once.
resource "null_resource" "init_docker_images" {
  provisioner "local-exec" {
    command = "make -C ../ docker_images"
  }

  depends_on = [google_project_service.container_registry]
}

output "trainer_grpc_url" {
  value = module.cloud_run_trainer_grpc.endpoint
}

output "trainer_http_url" {
  value = module.cloud_run_trainer_http.endpoint
}

output "trainings_http_url" {
  value = module.cloud_run_trainings_http.endpoint
}

output "users_http_url" {
  value = module.cloud_run_users_http.endpoint
}

output "users_grpc_url" {
  value = module.cloud_run_users_grpc.endpoint
}

output "web_url" {
  value = "https://${var.project}.web.app"
}
