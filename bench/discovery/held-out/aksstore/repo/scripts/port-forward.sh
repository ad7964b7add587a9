#!/usr/bin/env bash
# Forward the back-end services to localhost for debugging. Run by hand.
set -euo pipefail
NS=${1:-pets}
kubectl port-forward -n "$NS" svc/order-service 3000:3000 &
kubectl port-forward -n "$NS" svc/makeline-service 3001:3001 &
kubectl port-forward -n "$NS" svc/product-service 3002:3002 &
kubectl port-forward -n "$NS" svc/rabbitmq 15672:15672 &
kubectl port-forward -n "$NS" svc/mongodb 27017:27017 &
wait
