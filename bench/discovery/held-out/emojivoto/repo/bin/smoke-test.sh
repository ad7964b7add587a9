#!/usr/bin/env bash
# Manual smoke test after a deploy. Run by hand:
#   ./bin/smoke-test.sh            (port-forwards web-svc for you)
set -euo pipefail

NS=${NS:-emojivoto}
PORT=${PORT:-8080}

kubectl -n "$NS" rollout status deploy/web deploy/emoji deploy/voting --timeout=120s
kubectl -n "$NS" port-forward svc/web-svc "$PORT:80" >/dev/null 2>&1 &
PF=$!
trap 'kill $PF' EXIT
sleep 2

curl -fsS "http://localhost:$PORT/api/list" | head -c 200; echo
curl -fsS "http://localhost:$PORT/api/vote?choice=:rocket:" && echo "vote ok"
curl -fsS "http://localhost:$PORT/api/leaderboard" | head -c 200; echo
# expected to fail with 500 (the broken doughnut)
curl -s -o /dev/null -w "%{http_code}\n" "http://localhost:$PORT/api/vote?choice=:doughnut:"
