terraform {
  required_providers {
    kubernetes = {
      source  = "hashicorp/kubernetes"
      version = ">= 2.32.0"
    }
    random = {
      source  = "hashicorp/random"
      version = ">= 3.6.3"
    }
  }
}

provider "kubernetes" {
  config_path    = "~/.kube/config"
  config_context = "default"
}

resource "kubernetes_namespace" "rapportcrm" {
  metadata {
    name = var.rapportcrm_namespace
  }
}

resource "random_bytes" "this" {
  length = 32
}

resource "kubernetes_secret" "rapportcrm_tokens" {
  metadata {
    name      = "tokens"
    namespace = kubernetes_namespace.rapportcrm.metadata.0.name
  }

  data = {
    accessToken = random_bytes.this.base64
  }
}
