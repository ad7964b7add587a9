#!/usr/bin/env bash
# Poke the emoji service directly from your laptop (debugging only).
set -euo pipefail
kubectl -n emojivoto port-forward svc/emoji-svc 8082:8080 >/dev/null 2>&1 &
trap "kill $!" EXIT
sleep 2
grpcurl -plaintext -import-path proto -proto Emoji.proto localhost:8082 emojivoto.v1.EmojiService/ListAll
