output "configure_kubectl" {
  description = "Run this to talk to the cluster"
  value       = "aws eks update-kubeconfig --region ${var.region} --name ${module.eks.cluster_name}"
}

output "catalog_db_endpoint" {
  value = aws_db_instance.catalog.endpoint
}

output "orders_db_endpoint" {
  value = aws_db_instance.orders.endpoint
}

output "carts_table_name" {
  value = aws_dynamodb_table.carts.name
}

output "orders_mq_endpoint" {
  value = aws_mq_broker.orders.instances[0].endpoints[0]
}

output "checkout_redis_endpoint" {
  value = aws_elasticache_replication_group.checkout.primary_endpoint_address
}

output "retail_app_url" {
  description = "Resolve with: kubectl -n retail-store get svc ui -o jsonpath='{.status.loadBalancer.ingress[0].hostname}'"
  value       = "http://<ui-load-balancer>"
}
