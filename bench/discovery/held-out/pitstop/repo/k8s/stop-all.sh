#!/usr/bin/env bash
set -euo pipefail
kubectl delete namespace gearbox --ignore-not-found
