#!/usr/bin/env bash
set -ex

export VERSION=$(git describe --tags --match "*.*.*");
ORG=${VECTORPAD_DOCKER_NAMESPACE:-vectorpadapp};
PLATFORM=${VECTORPAD_BUILD_PLATFORM:-linux/amd64};

for component in backend frontend exporter; do
  rsync -avr --delete ../../bundles/$component/ ./bundle-$component/;
  docker buildx build --platform $PLATFORM -t $ORG/$component:$VERSION -f Dockerfile.$component .;
done
