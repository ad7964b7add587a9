#!/usr/bin/env bash
# Deploys Skyward Air to the current kube context, with the Istio policies when Istio is present.
set -euo pipefail
cd "$(dirname "$0")/.."

kubectl apply -k manifests/
if kubectl get crd virtualservices.networking.istio.io >/dev/null 2>&1; then
  kubectl apply -f istio/
fi
kubectl -n skyward rollout status deploy/skyward-nginx --timeout=180s
kubectl -n skyward get svc skyward-nginx
