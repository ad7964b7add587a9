#!/bin/bash

set -e ${DEBUG:+-x}

# Redirect all scripts output + leaving stdout to container payload.
exec 3>&1

ENTRYPOINT_PATH=/labelyard/deploy/docker-entrypoint.d

exec_entrypoint() {
  if /usr/bin/find -L "$1" -mindepth 1 -maxdepth 1 -type f -print -quit 2>/dev/null | read -r v; then
    echo >&3 "$0: Looking for init scripts in $1"
    find "$1" -follow -type f -print | sort -V | while IFS= read -r f; do
      case "$f" in
        *.sh)
          if [[ -x "$f" ]]; then
            echo >&3 "$0: Launching $f"
            "$f"
          else
            # warn on shell scripts without exec bit
            echo >&3 "$0: Ignoring $f, not executable"
          fi
          ;;
        *) echo >&3 "$0: Ignoring $f" ;;
      esac
    done
    echo >&3 "$0: Configuration complete; ready for start up"
  else
    echo >&3 "$0: No init scripts found in $1, skipping configuration"
  fi
}

exec_or_wrap_n_exec() {
  if [[ -n "${CMD_WRAPPER:-}" ]]; then
    IFS=" "
    wrapper_cmd_array=($CMD_WRAPPER)
    wrapper_cmd=${wrapper_cmd_array[0]}
    wrapper_cmd_args=${wrapper_cmd_array[@]:1}
    exec "$wrapper_cmd" $wrapper_cmd_args $@
  else
    exec "$@"
  fi
}

case "$1" in
  "nginx")
    # In this mode we're running in a separate container
    export APP_HOST=${APP_HOST:=app}
    exec_entrypoint "$ENTRYPOINT_PATH/nginx/"
    exec nginx -c "$OPT_DIR/nginx/nginx.conf"
    ;;
  "labelyard-uwsgi")
    exec_entrypoint "$ENTRYPOINT_PATH/app/"
    exec_or_wrap_n_exec uwsgi --ini /labelyard/deploy/uwsgi.ini
    ;;
  "labelyard-migrate")
    exec_entrypoint "$ENTRYPOINT_PATH/app/"
    exec python3 /labelyard/labelyard/manage.py locked_migrate >&3
    ;;
  *)
    exec_or_wrap_n_exec "$@"
    ;;
esac
