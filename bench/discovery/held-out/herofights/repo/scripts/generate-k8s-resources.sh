#!/usr/bin/env bash
# Regenerates deploy/k8s/*.yml from each project's Quarkus Kubernetes extension output.
set -euo pipefail

PROJECTS=(event-statistics rest-fights rest-heroes rest-villains rest-narration grpc-locations ui-super-heroes)
OUTPUT=deploy/k8s/java17-kubernetes.yml

rm -f "${OUTPUT}"
for project in "${PROJECTS[@]}"; do
  echo "Generating Kubernetes resources for ${project}"
  pushd "${project}" > /dev/null
  ./mvnw -B clean package -DskipTests \
    -Dquarkus.profile=kubernetes \
    -Dquarkus.kubernetes.deployment-target=kubernetes \
    -Dquarkus.container-image.tag=java17-latest
  popd > /dev/null
  cat "${project}/target/kubernetes/kubernetes.yml" >> "${OUTPUT}"
  if [[ -f "${project}/deploy/k8s/infra.yml" ]]; then
    cat "${project}/deploy/k8s/infra.yml" >> "${OUTPUT}"
  fi
done
