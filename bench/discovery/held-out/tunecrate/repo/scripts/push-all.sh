#!/usr/bin/env bash
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)

for app in TuneCrateService ShoppingCartService OrderService TuneCrate; do
  echo "==> publishing ${app}"
  dotnet publish "${ROOT}/src/${app}/${app}.csproj" -c Release -r ubuntu.14.04-x64 -o "${ROOT}/publish/${app}"
  cp "${ROOT}/src/${app}/manifest.yml" "${ROOT}/publish/${app}/"
  (cd "${ROOT}/publish/${app}" && cf push -f manifest.yml)
done
