#!/usr/bin/env bash
# Deploys Gearbox Garage to the current kubectl context.
#   ./start-all.sh            plain k8s
#   ./start-all.sh --istio    with Istio traffic management
#   ./start-all.sh --linkerd  with Linkerd proxies
set -euo pipefail
cd "$(dirname "$0")"

MESH="${1:-}"

kubectl apply -f gearbox-namespace.yaml
if [[ "$MESH" == "--linkerd" ]]; then
  kubectl apply -f linkerd/namespace-patch.yaml
  kubectl label namespace gearbox istio-injection- || true
fi
kubectl apply -f gearbox-secrets.yaml

# infrastructure
kubectl apply -f rabbitmq.yaml -f sqlserver.yaml -f mailserver.yaml -f logserver.yaml

# services
for svc in customermanagementapi vehiclemanagementapi workshopmanagementapi \
           workshopmanagementeventhandler invoiceservice notificationservice \
           auditlogservice timeservice webapp; do
  kubectl apply -f "$svc.yaml"
done

case "$MESH" in
  --istio)   kubectl apply -f istio/ ;;
  --linkerd) kubectl apply -f linkerd/serviceprofile-customermanagementapi.yaml ;;
esac

echo "Gearbox Garage deployed. WebApp: http://localhost:7005  MailDev: http://localhost:4000  Seq: http://localhost:5341"
