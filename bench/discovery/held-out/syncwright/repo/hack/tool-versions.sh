#!/bin/sh
###############################################################################
# This file defines the versions of the tools that are installed in the CI
# toolchain and the release image. Update checksums when bumping.
###############################################################################
helm3_version=3.14.3
kustomize5_version=5.2.1
goreman_version=0.3.15
protoc_version=3.17.3
