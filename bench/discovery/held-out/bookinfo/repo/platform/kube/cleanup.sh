#!/bin/bash
# Removes everything the Inkwell Books walkthroughs install.
SCRIPTDIR=$(dirname "$0")
NAMESPACE=${NAMESPACE:-default}

echo "using NAMESPACE=${NAMESPACE}"

protos=( destinationrules virtualservices gateways serviceentries )
for proto in "${protos[@]}"; do
  for resource in $(kubectl get -n "${NAMESPACE}" "$proto" -o name); do
    kubectl delete -n "${NAMESPACE}" "$resource"
  done
done

kubectl delete -n "${NAMESPACE}" -f "$SCRIPTDIR/bookinfo.yaml" --ignore-not-found
kubectl delete -n "${NAMESPACE}" -f "$SCRIPTDIR/bookinfo-db.yaml" --ignore-not-found
kubectl delete -n "${NAMESPACE}" -f "$SCRIPTDIR/bookinfo-mysql.yaml" --ignore-not-found
echo "Application cleanup successful"
