#!/usr/bin/env bash
# Deploy the whole store into the current OpenShift project.
set -euo pipefail
DIR="$(cd "$(dirname "$0")/.." && pwd)"

echo "==> Kafka (requires the Strimzi operator)"
oc apply -f "$DIR/openshift/kafka/"
oc wait kafka/my-cluster --for=condition=Ready --timeout=300s

for svc in catalog inventory cart order payment gateway web; do
  echo "==> $svc"
  oc apply -f "$DIR/openshift/$svc/"
done

oc apply -f "$DIR/openshift/monitoring/" || echo "monitoring CRDs not installed, skipping"
echo "Done. UI: https://$(oc get route web -o jsonpath='{.spec.host}')"
