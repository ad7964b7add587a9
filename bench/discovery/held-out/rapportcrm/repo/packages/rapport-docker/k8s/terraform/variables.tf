variable "rapportcrm_app_name" {
  type        = string
  default     = "rapportcrm"
  description = "A friendly name prefix to use for every component deployed."
}

variable "rapportcrm_server_image" {
  type        = string
  default     = "rapportcrm/rapport:latest"
  description = "Rapport server image for the server deployment. This defaults to latest."
}

variable "rapportcrm_db_image" {
  type        = string
  default     = "rapportcrm/rapport-postgres-spilo:latest"
  description = "Rapport image for database deployment. This defaults to latest."
}

variable "rapportcrm_redis_image" {
  type        = string
  default     = "redis/redis-stack-server:latest"
  description = "Redis image for the cache and message queue."
}

variable "rapportcrm_app_hostname" {
  type        = string
  description = "The protocol, DNS fully qualified hostname, and port used to access Rapport in your environment. Ex: https://crm.example.com:443"
}

variable "rapportcrm_pgdb_admin_password" {
  type        = string
  default     = "postgres"
  description = "Rapport password for the postgres database."
  sensitive   = true
}

variable "rapportcrm_namespace" {
  type        = string
  default     = "rapportcrm"
  description = "Namespace for all Rapport resources"
}

variable "rapportcrm_server_replicas" {
  type    = number
  default = 1
}

variable "rapportcrm_worker_replicas" {
  type    = number
  default = 1
}
