resource "google_project_service" "firebase" {
  service    = "firebase.googleapis.com"
  depends_on = [google_project.project]
}

resource "google_firebase_project" "default" {
  provider = google-beta
  project  = var.project

  depends_on = [google_project_service.firebase]
}

resource "google_firebase_web_app" "pulsebook" {
  provider     = google-beta
  project      = var.project
  display_name = "Pulsebook web"

  depends_on = [google_firebase_project.default]
}

data "google_firebase_web_app_config" "pulsebook" {
  provider   = google-beta
  web_app_id = google_firebase_web_app.pulsebook.app_id
}

# Firebase Hosting site serving web/dist. Its rewrites (web/firebase.json) forward /api/** to the
# public *-http Cloud Run services, so they must exist before the first `firebase deploy`.
resource "google_firebase_hosting_site" "web" {
  provider = google-beta
  project  = var.project
  site_id  = var.project

  depends_on = [
    google_firebase_project.default,
    module.cloud_run_trainer_http,
    module.cloud_run_trainings_http,
    module.cloud_run_users_http,
  ]
}

# Identity Platform / Firebase Authentication with e-mail + password sign-in.
resource "google_identity_platform_config" "auth" {
  provider = google-beta
  project  = var.project

  sign_in {
    email {
      enabled           = true
      password_required = true
    }
  }

  depends_on = [google_firebase_project.default]
}

resource "local_file" "firebase_web_config" {
  filename = "${path.module}/../web/public/__/firebase/init.json"
  content = jsonencode({
    apiKey     = data.google_firebase_web_app_config.pulsebook.api_key
    authDomain = data.google_firebase_web_app_config.pulsebook.auth_domain
    projectId  = var.project
  })
}
