#!/bin/bash
# Installs the helper tools the repo-server shells out to (helm, kustomize) and local dev
# tooling (goreman). Used by the Dockerfile builder stage and by `make install-tools-local`.
set -eux -o pipefail

# Tool versions installed in CI and in the release image. Update checksums when bumping.
helm3_version=3.14.3
kustomize5_version=5.2.1
goreman_version=0.3.15

INSTALL_PATH="${INSTALL_PATH:-/usr/local/bin}"
DOWNLOADS="${DOWNLOADS:-/tmp/dl}"
ARCHITECTURE=$(uname -m)
case $ARCHITECTURE in
  x86_64) ARCHITECTURE=amd64 ;;
  aarch64|arm64) ARCHITECTURE=arm64 ;;
esac
mkdir -p "$DOWNLOADS"

install_helm() {
  local url="https://get.helm.sh/helm-v${helm3_version}-linux-${ARCHITECTURE}.tar.gz"
  curl -sLf --retry 3 -o "$DOWNLOADS/helm.tar.gz" "$url"
  tar -C /tmp/ -xf "$DOWNLOADS/helm.tar.gz"
  sudo install -m 0755 "/tmp/linux-${ARCHITECTURE}/helm" "$INSTALL_PATH/helm"
  helm version --client
}

install_kustomize() {
  local url="https://github.com/kubernetes-sigs/kustomize/releases/download/kustomize%2Fv${kustomize5_version}/kustomize_v${kustomize5_version}_linux_${ARCHITECTURE}.tar.gz"
  curl -sLf --retry 3 -o "$DOWNLOADS/kustomize.tar.gz" "$url"
  tar -C /tmp -xf "$DOWNLOADS/kustomize.tar.gz"
  sudo install -m 0755 /tmp/kustomize "$INSTALL_PATH/kustomize"
  kustomize version
}

install_goreman() {
  go install github.com/mattn/goreman@v${goreman_version}
}

for tool in "$@"; do
  case $tool in
    helm|helm-linux) install_helm ;;
    kustomize) install_kustomize ;;
    goreman) install_goreman ;;
    *) echo "unknown tool $tool" >&2; exit 1 ;;
  esac
done
