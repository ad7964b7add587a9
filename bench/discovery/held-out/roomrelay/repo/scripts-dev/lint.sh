#!/usr/bin/env bash
set -e
ruff check synapse tests docker scripts-dev
black --check synapse tests docker
mypy synapse
