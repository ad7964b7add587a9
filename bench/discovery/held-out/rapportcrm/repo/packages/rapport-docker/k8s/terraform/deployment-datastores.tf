resource "kubernetes_deployment" "rapportcrm_db" {
  metadata {
    name      = "${var.rapportcrm_app_name}-db"
    namespace = kubernetes_namespace.rapportcrm.metadata.0.name
    labels = {
      app = "${var.rapportcrm_app_name}-db"
    }
  }

  spec {
    replicas = 1
    selector {
      match_labels = {
        app = "${var.rapportcrm_app_name}-db"
      }
    }
    strategy {
      type = "Recreate"
    }
    template {
      metadata {
        labels = {
          app = "${var.rapportcrm_app_name}-db"
        }
      }
      spec {
        container {
          image = var.rapportcrm_db_image
          name  = var.rapportcrm_app_name
          env {
            name  = "PGUSER_SUPERUSER"
            value = "postgres"
          }
          env {
            name  = "PGPASSWORD_SUPERUSER"
            value = var.rapportcrm_pgdb_admin_password
          }
          env {
            name  = "SPILO_PROVIDER"
            value = "local"
          }
          env {
            name  = "ALLOW_NOSSL"
            value = "true"
          }
          port {
            container_port = 5432
          }
        }
      }
    }
  }
}

resource "kubernetes_service" "rapportcrm_db" {
  metadata {
    name      = "${var.rapportcrm_app_name}-db"
    namespace = kubernetes_namespace.rapportcrm.metadata.0.name
  }
  spec {
    selector = {
      app = "${var.rapportcrm_app_name}-db"
    }
    port {
      port        = 5432
      target_port = 5432
    }
  }
}

resource "kubernetes_deployment" "rapportcrm_redis" {
  metadata {
    name      = "${var.rapportcrm_app_name}-redis"
    namespace = kubernetes_namespace.rapportcrm.metadata.0.name
    labels = {
      app = "${var.rapportcrm_app_name}-redis"
    }
  }

  spec {
    replicas = 1
    selector {
      match_labels = {
        app = "${var.rapportcrm_app_name}-redis"
      }
    }
    template {
      metadata {
        labels = {
          app = "${var.rapportcrm_app_name}-redis"
        }
      }
      spec {
        container {
          image = var.rapportcrm_redis_image
          name  = "redis"
          args  = ["--maxmemory-policy", "noeviction"]
          port {
            container_port = 6379
          }
        }
      }
    }
  }
}

resource "kubernetes_service" "rapportcrm_redis" {
  metadata {
    name      = "${var.rapportcrm_app_name}-redis"
    namespace = kubernetes_namespace.rapportcrm.metadata.0.name
  }
  spec {
    selector = {
      app = "${var.rapportcrm_app_name}-redis"
    }
    port {
      port        = 6379
      target_port = 6379
    }
  }
}
