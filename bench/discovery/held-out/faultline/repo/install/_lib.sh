set -euo pipefail
test "${DEBUG:-}" && set -x

# Work from /install/ for install.sh, project root otherwise
if [[ "$(basename $0)" = "install.sh" ]]; then
  cd "$(dirname $0)/install/"
else
  cd "$(dirname $0)" # assume we're a test script or some such
fi

_ENV="$(realpath ../.env)"
source "$_ENV"

dc_base="docker compose --ansi never"
dc="$dc_base --env-file $_ENV"
dcr="$dc run --pull=never --rm"
dcb="$dc build"

function ensure_file_from_example {
  target="$1"
  if [[ -f "$target" ]]; then
    echo "$target already exists, skipped creation."
  else
    example="$(echo "$target" | sed 's/\.[^.]*$/.example&/')"
    if [[ ! -f "$example" ]]; then
      example="$target.example"
    fi
    echo "Creating $target..."
    cp -n "$example" "$target"
  fi
}

TREMOR_CONFIG_PY=../tremor/tremor.conf.py
TREMOR_CONFIG_YML=../tremor/config.yml
