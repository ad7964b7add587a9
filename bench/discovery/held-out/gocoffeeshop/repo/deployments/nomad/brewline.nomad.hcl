# Nomad job for the Brewline stack. Services register in Consul and find each
# other through template stanzas; postgres and rabbitmq run in the same job.
variable "version" {
  type    = string
  default = "0.4.2"
}

variable "pg_password" {
  type    = string
  default = "brewline_dev"
}

job "brewline" {
  datacenters = ["dc1"]
  type        = "service"

  group "infra" {
    network {
      mode = "bridge"
      port "pg" { static = 5432 }
      port "amqp" { static = 5672 }
    }

    service {
      name     = "postgres"
      port     = "pg"
      provider = "consul"
    }

    service {
      name     = "rabbitmq"
      port     = "amqp"
      provider = "consul"
    }

    task "postgres" {
      driver = "docker"
      config {
        image = "postgres:15-alpine"
        ports = ["pg"]
      }
      env {
        POSTGRES_USER     = "brewline"
        POSTGRES_PASSWORD = var.pg_password
        POSTGRES_DB       = "brewlinedb"
      }
    }

    task "rabbitmq" {
      driver = "docker"
      config {
        image = "rabbitmq:3.12-management-alpine"
        ports = ["amqp"]
      }
    }
  }

  group "product" {
    count = 2
    network {
      port "grpc" { to = 5001 }
    }

    service {
      name = "product"
      port = "grpc"
      check {
        type     = "grpc"
        interval = "10s"
        timeout  = "2s"
      }
    }

    task "product" {
      driver = "docker"
      config {
        image = "ghcr.io/brewline-labs/brewline-product:${var.version}"
        ports = ["grpc"]
      }
      env {
        APP_NAME = "brewline-product"
      }
    }
  }

  group "counter" {
    network {
      port "grpc" { to = 5002 }
    }

    service {
      name = "counter"
      port = "grpc"
    }

    task "counter" {
      driver = "docker"
      config {
        image = "ghcr.io/brewline-labs/brewline-counter:${var.version}"
        ports = ["grpc"]
      }

      template {
        destination = "local/env"
        env         = true
        data        = <<EOT
{{ range service "postgres" }}PG_URL=postgres://brewline:${var.pg_password}@{{ .Address }}:{{ .Port }}/brewlinedb?sslmode=disable{{ end }}
{{ range service "rabbitmq" }}RABBITMQ_URL=amqp://guest:guest@{{ .Address }}:{{ .Port }}/{{ end }}
{{ range service "product" }}PRODUCT_CLIENT_URL={{ .Address }}:{{ .Port }}{{ end }}
EOT
      }
    }
  }

  group "barista" {
    count = 2

    task "barista" {
      driver = "docker"
      config {
        image = "ghcr.io/brewline-labs/brewline-barista:${var.version}"
      }

      template {
        destination = "local/env"
        env         = true
        data        = <<EOT
BARISTA_NAME=barista-{{ env "NOMAD_ALLOC_INDEX" }}
{{ range service "postgres" }}PG_URL=postgres://brewline:${var.pg_password}@{{ .Address }}:{{ .Port }}/brewlinedb?sslmode=disable{{ end }}
{{ range service "rabbitmq" }}RABBITMQ_URL=amqp://guest:guest@{{ .Address }}:{{ .Port }}/{{ end }}
EOT
      }
    }
  }

  group "kitchen" {
    task "kitchen" {
      driver = "docker"
      config {
        image = "ghcr.io/brewline-labs/brewline-kitchen:${var.version}"
      }

      template {
        destination = "local/env"
        env         = true
        data        = <<EOT
{{ range service "postgres" }}PG_URL=postgres://brewline:${var.pg_password}@{{ .Address }}:{{ .Port }}/brewlinedb?sslmode=disable{{ end }}
{{ range service "rabbitmq" }}RABBITMQ_URL=amqp://guest:guest@{{ .Address }}:{{ .Port }}/{{ end }}
EOT
      }
    }
  }

  group "proxy" {
    network {
      port "http" {
        static = 5000
        to     = 5000
      }
    }

    service {
      name = "proxy"
      port = "http"
      check {
        type     = "http"
        path     = "/healthz"
        interval = "10s"
        timeout  = "2s"
      }
    }

    task "proxy" {
      driver = "docker"
      config {
        image = "ghcr.io/brewline-labs/brewline-proxy:${var.version}"
        ports = ["http"]
      }

      template {
        destination = "local/env"
        env         = true
        data        = <<EOT
{{ range service "product" }}GRPC_PRODUCT_HOST={{ .Address }}
GRPC_PRODUCT_PORT={{ .Port }}{{ end }}
{{ range service "counter" }}GRPC_COUNTER_HOST={{ .Address }}
GRPC_COUNTER_PORT={{ .Port }}{{ end }}
EOT
      }
    }
  }

  group "web" {
    network {
      port "http" {
        static = 8888
        to     = 8888
      }
    }

    service {
      name = "web"
      port = "http"
    }

    task "web" {
      driver = "docker"
      config {
        image = "ghcr.io/brewline-labs/brewline-web:${var.version}"
        ports = ["http"]
      }

      template {
        destination = "local/env"
        env         = true
        data        = <<EOT
{{ range service "proxy" }}REVERSE_PROXY_URL=http://{{ .Address }}:{{ .Port }}{{ end }}
PUBLIC_PROXY_URL=http://{{ env "attr.unique.network.ip-address" }}:5000
EOT
      }
    }
  }
}
