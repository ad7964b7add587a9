resource "kubernetes_deployment" "rapportcrm_server" {
  metadata {
    name      = "${var.rapportcrm_app_name}-server"
    namespace = kubernetes_namespace.rapportcrm.metadata.0.name
    labels = {
      app = "${var.rapportcrm_app_name}-server"
    }
  }

  spec {
    replicas = var.rapportcrm_server_replicas
    selector {
      match_labels = {
        app = "${var.rapportcrm_app_name}-server"
      }
    }

    template {
      metadata {
        labels = {
          app = "${var.rapportcrm_app_name}-server"
        }
      }

      spec {
        container {
          image = var.rapportcrm_server_image
          name  = var.rapportcrm_app_name
          stdin = true
          tty   = true

          env {
            name  = "NODE_PORT"
            value = "3000"
          }
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

          port {
            container_port = 3000
            protocol       = "TCP"
          }

          volume_mount {
            name       = "server-data"
            mount_path = "/app/packages/rapport-server/.local-storage"
          }
        }

        volume {
          name = "server-data"
          persistent_volume_claim {
            claim_name = "${var.rapportcrm_app_name}-server-pvc"
          }
        }
      }
    }
  }
}

resource "kubernetes_service" "rapportcrm_server" {
  metadata {
    name      = "${var.rapportcrm_app_name}-server"
    namespace = kubernetes_namespace.rapportcrm.metadata.0.name
  }
  spec {
    selector = {
      app = "${var.rapportcrm_app_name}-server"
    }
    port {
      name        = "http-tcp"
      port        = 3000
      target_port = 3000
    }
    type = "ClusterIP"
  }
}
