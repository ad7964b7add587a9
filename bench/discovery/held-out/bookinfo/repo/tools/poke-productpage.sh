#!/bin/bash
# Hand-run helper: hit the product page through the ingress gateway a few
# times so traffic shows up in the mesh dashboards.
#   INGRESS=$(kubectl -n istio-system get svc istio-ingressgateway -o jsonpath='{.status.loadBalancer.ingress[0].ip}')
#   tools/poke-productpage.sh "$INGRESS:80"
GATEWAY_URL=${1:-localhost:8080}
for i in $(seq 1 "${2:-100}"); do
  curl -s -o /dev/null -w "%{http_code}\n" "http://${GATEWAY_URL}/productpage"
done
