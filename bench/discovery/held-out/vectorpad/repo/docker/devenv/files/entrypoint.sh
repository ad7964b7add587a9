#!/usr/bin/env bash
set -e

usermod -u ${EXTERNAL_UID:-1000} vectorpad

rsync -ar --chown=vectorpad:users /opt/cargo/ /home/vectorpad/.cargo/ || true

export PATH="/home/vectorpad/.cargo/bin:$PATH"

exec "$@"
