# Managed replacements for the in-chart datastores.

resource "random_password" "catalog_db" {
  length  = 24
  special = false
}

resource "random_password" "orders_db" {
  length  = 24
  special = false
}

resource "random_password" "mq" {
  length  = 24
  special = false
}

resource "aws_db_subnet_group" "this" {
  name       = "${var.environment_name}-db"
  subnet_ids = module.vpc.private_subnets
}

# ---- catalog: RDS MySQL
resource "aws_db_instance" "catalog" {
  identifier             = "${var.environment_name}-catalog"
  engine                 = "mysql"
  engine_version         = "8.0"
  instance_class         = "db.t4g.micro"
  allocated_storage      = 20
  db_name                = "catalogdb"
  username               = "catalog_user"
  password               = random_password.catalog_db.result
  db_subnet_group_name   = aws_db_subnet_group.this.name
  vpc_security_group_ids = [aws_security_group.datastores.id]
  skip_final_snapshot    = true
}

# ---- orders: RDS PostgreSQL
resource "aws_db_instance" "orders" {
  identifier             = "${var.environment_name}-orders"
  engine                 = "postgres"
  engine_version         = "16.4"
  instance_class         = "db.t4g.micro"
  allocated_storage      = 20
  db_name                = "orders"
  username               = "orders_user"
  password               = random_password.orders_db.result
  db_subnet_group_name   = aws_db_subnet_group.this.name
  vpc_security_group_ids = [aws_security_group.datastores.id]
  skip_final_snapshot    = true
}

# ---- carts: DynamoDB
resource "aws_dynamodb_table" "carts" {
  name         = "${var.environment_name}-carts"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  attribute {
    name = "customerId"
    type = "S"
  }

  global_secondary_index {
    name            = "idx_global_customerId"
    hash_key        = "customerId"
    projection_type = "ALL"
  }
}

module "carts_irsa" {
  source  = "terraform-aws-modules/iam/aws//modules/iam-role-for-service-accounts-eks"
  version = "~> 5.44"

  role_name = "${var.environment_name}-carts"
  oidc_providers = {
    main = {
      provider_arn               = module.eks.oidc_provider_arn
      namespace_service_accounts = ["retail-store:carts"]
    }
  }
  role_policy_arns = {
    dynamodb = aws_iam_policy.carts_dynamodb.arn
  }
}

resource "aws_iam_policy" "carts_dynamodb" {
  name = "${var.environment_name}-carts-dynamodb"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:Query"]
      Resource = [aws_dynamodb_table.carts.arn, "${aws_dynamodb_table.carts.arn}/index/*"]
    }]
  })
}

# ---- orders events: Amazon MQ for RabbitMQ
resource "aws_mq_broker" "orders" {
  broker_name         = "${var.environment_name}-orders"
  engine_type         = "RabbitMQ"
  engine_version      = "3.13"
  host_instance_type  = "mq.t3.micro"
  deployment_mode     = "SINGLE_INSTANCE"
  publicly_accessible = false
  auto_minor_version_upgrade = true
  subnet_ids          = [module.vpc.private_subnets[0]]
  security_groups     = [aws_security_group.datastores.id]

  user {
    username = "orders"
    password = random_password.mq.result
  }
}

# ---- checkout: ElastiCache Redis
resource "aws_elasticache_subnet_group" "checkout" {
  name       = "${var.environment_name}-checkout"
  subnet_ids = module.vpc.private_subnets
}

resource "aws_elasticache_replication_group" "checkout" {
  replication_group_id       = "${var.environment_name}-checkout"
  description                = "Driftwood checkout sessions"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = "cache.t4g.micro"
  num_cache_clusters         = 1
  port                       = 6379
  subnet_group_name          = aws_elasticache_subnet_group.checkout.name
  security_group_ids         = [aws_security_group.datastores.id]
  transit_encryption_enabled = false
}

# Alternative messaging for orders (RETAIL_ORDERS_MESSAGING_PROVIDER=sqs) — not provisioned.
# resource "aws_sns_topic" "orders_events" {
#   name = "${var.environment_name}-orders-events"
# }
