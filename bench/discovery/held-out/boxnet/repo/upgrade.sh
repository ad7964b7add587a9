#!/bin/bash
# This script will prepare boxnet to run after the code has been upgraded to
# its most recent release (bare-metal installs only).

cd "$(dirname "$0")"
VIRTUALENV="$(pwd -P)/venv"
PYTHON="${PYTHON:-python3}"

# Create a new virtual environment
COMMAND="${PYTHON} -m venv ${VIRTUALENV}"
echo "Creating a new virtual environment at ${VIRTUALENV}..."
eval $COMMAND || {
  echo "--------------------------------------------------------------------"
  echo "ERROR: Failed to create the virtual environment."
  echo "--------------------------------------------------------------------"
  exit 1
}

source "${VIRTUALENV}/bin/activate"
pip install -r requirements.txt || exit 1

# Apply any database migrations
./boxnet/manage.py migrate || exit 1
./boxnet/manage.py trace_paths --no-input || exit 1
./boxnet/manage.py collectstatic --no-input || exit 1
./boxnet/manage.py remove_stale_contenttypes --no-input || exit 1
./boxnet/manage.py reindex --lazy || exit 1
./boxnet/manage.py clearsessions || exit 1

echo "Upgrade complete! Don't forget to restart the boxnet services:"
echo "  > sudo systemctl restart boxnet boxnet-rq"
