resource "google_project_service" "firestore" {
  service    = "firestore.googleapis.com"
  depends_on = [google_project.project]
}

resource "google_app_engine_application" "app" {
  project       = var.project
  location_id   = var.firebase_location
  database_type = "CLOUD_FIRESTORE"

  depends_on = [google_project_service.firestore]
}

resource "google_firestore_index" "trainings_user_time" {
  project    = var.project
  collection = "trainings"

  fields {
    field_path = "UserUUID"
    order      = "ASCENDING"
  }

  fields {
    field_path = "Time"
    order      = "ASCENDING"
  }

  depends_on = [google_app_engine_application.app]
}

resource "google_firestore_index" "trainer_dates" {
  project    = var.project
  collection = "dates"

  fields {
    field_path = "Date"
    order      = "ASCENDING"
  }

  fields {
    field_path = "HasFreeHours"
    order      = "ASCENDING"
  }

  depends_on = [google_app_engine_application.app]
}
