resource "kubernetes_deployment" "rapportcrm_worker" {
  metadata {
    name      = "${var.rapportcrm_app_name}-worker"
    namespace = kubernetes_namespace.rapportcrm.metadata.0.name
    labels = {
      app = "${var.rapportcrm_app_name}-worker"
    }
  }

  spec {
    replicas = var.rapportcrm_worker_replicas
    selector {
      match_labels = {
        app = "${var.rapportcrm_app_name}-worker"
      }
    }

    template {
      metadata {
        labels = {
          app = "${var.rapportcrm_app_name}-worker"
        }
      }

      spec {
        container {
          image   = var.rapportcrm_server_image
          name    = var.rapportcrm_app_name
          command = ["yarn", "worker:prod"]
          stdin   = true
          tty     = true

          env {
            name  = "SERVER_URL"
            value = var.rapportcrm_app_hostname
          }
          env {
            name  = "PG_DATABASE_URL"
            value = "postgres://rapport:${var.rapportcrm_pgdb_admin_password}@${kubernetes_service.rapportcrm_db.metadata.0.name}.${kubernetes_namespace.rapportcrm.metadata.0.name}.svc.cluster.local/default"
          }
          env {
            name  = "REDIS_URL"
            value = "redis://${kubernetes_service.rapportcrm_redis.metadata.0.name}.${kubernetes_namespace.rapportcrm.metadata.0.name}.svc.cluster.local:6379"
          }
          env {
            name  = "DISABLE_DB_MIGRATIONS"
            value = "true"
          }
          env {
            name  = "DISABLE_CRON_JOBS_REGISTRATION"
            value = "true"
          }
          env {
            name  = "STORAGE_TYPE"
            value = "local"
          }
          env {
            name = "APP_SECRET"
            value_from {
              secret_key_ref {
                name = "tokens"
                key  = "accessToken"
              }
            }
          }

          resources {
            requests = {
              cpu    = "250m"
              memory = "1024Mi"
            }
            limits = {
              cpu    = "1000m"
              memory = "2048Mi"
            }
          }
        }
      }
    }
  }

  depends_on = [kubernetes_deployment.rapportcrm_db, kubernetes_deployment.rapportcrm_server]
}
