#!/bin/bash
# This script needs to be run as root
set -e

# Ensure the database uses the md5 auth method and then hand off to the
# stock image entrypoint.
/opt/tremor/init_hba.sh || true
exec docker-entrypoint.sh "$@"
