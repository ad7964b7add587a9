# Installs the service charts with the in-cluster datastores disabled, wiring in the managed
# endpoints created in dependencies.tf.

locals {
  namespace   = "retail-store"
  charts_path = "${path.module}/../kubernetes/charts"
  otel_values = {
    "opentelemetry.enabled"  = var.enable_opentelemetry
    "opentelemetry.endpoint" = "http://adot-collector.opentelemetry:4317"
  }
}

resource "helm_release" "catalog" {
  name             = "catalog"
  chart            = "${local.charts_path}/catalog"
  namespace        = local.namespace
  create_namespace = true

  values = [yamlencode({
    image = { tag = var.image_tag }
    mysql = { create = false }
    app = {
      persistence = {
        provider = "mysql"
        endpoint = "${aws_db_instance.catalog.address}:${aws_db_instance.catalog.port}"
        database = aws_db_instance.catalog.db_name
        user     = aws_db_instance.catalog.username
      }
    }
  })]

  set_sensitive {
    name  = "secretEnv.RETAIL_CATALOG_PERSISTENCE_PASSWORD"
    value = random_password.catalog_db.result
  }

  dynamic "set" {
    for_each = local.otel_values
    content {
      name  = set.key
      value = set.value
    }
  }
}

resource "helm_release" "carts" {
  name             = "carts"
  chart            = "${local.charts_path}/carts"
  namespace        = local.namespace
  create_namespace = true

  values = [yamlencode({
    image    = { tag = var.image_tag }
    dynamodb = { create = false }
    serviceAccount = {
      name        = "carts"
      annotations = { "eks.amazonaws.com/role-arn" = module.carts_irsa.iam_role_arn }
    }
    app = {
      region = var.region
      persistence = {
        provider = "dynamodb"
        dynamodb = {
          tableName   = aws_dynamodb_table.carts.name
          createTable = false
        }
      }
    }
  })]
}

resource "helm_release" "orders" {
  name             = "orders"
  chart            = "${local.charts_path}/orders"
  namespace        = local.namespace
  create_namespace = true

  values = [yamlencode({
    image      = { tag = var.image_tag }
    postgresql = { create = false }
    rabbitmq   = { create = false }
    app = {
      persistence = {
        endpoint = "${aws_db_instance.orders.address}:${aws_db_instance.orders.port}"
        database = aws_db_instance.orders.db_name
        username = aws_db_instance.orders.username
      }
      messaging = {
        provider = "rabbitmq"
        rabbitmq = {
          addresses = aws_mq_broker.orders.instances[0].endpoints[0]
          username  = "orders"
        }
      }
    }
  })]

  set_sensitive {
    name  = "secretEnv.RETAIL_ORDERS_PERSISTENCE_PASSWORD"
    value = random_password.orders_db.result
  }

  set_sensitive {
    name  = "secretEnv.RETAIL_ORDERS_MESSAGING_RABBITMQ_PASSWORD"
    value = random_password.mq.result
  }
}

resource "helm_release" "checkout" {
  name             = "checkout"
  chart            = "${local.charts_path}/checkout"
  namespace        = local.namespace
  create_namespace = true

  values = [yamlencode({
    image = { tag = var.image_tag }
    redis = { create = false }
    app = {
      persistence = {
        provider = "redis"
        redisUrl = "redis://${aws_elasticache_replication_group.checkout.primary_endpoint_address}:6379"
      }
      endpoints = { orders = "http://orders:80" }
    }
  })]

  depends_on = [helm_release.orders]
}

resource "helm_release" "ui" {
  name             = "ui"
  chart            = "${local.charts_path}/ui"
  namespace        = local.namespace
  create_namespace = true

  values = [yamlencode({
    image = { tag = var.image_tag }
    app = {
      endpoints = {
        catalog  = "http://catalog:80"
        carts    = "http://carts:80"
        orders   = "http://orders:80"
        checkout = "http://checkout:80"
      }
    }
  })]

  depends_on = [helm_release.catalog, helm_release.carts, helm_release.checkout]
}
