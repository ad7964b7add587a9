#!/bin/bash
set -e

# first check if we're passing flags, if so
# prepend with tremor
if [ "${1:0:1}" = '-' ]; then
	set -- tremor "$@"
fi

case "$1" in
	celery|cleanup|config|createuser|devserver|django|exec|export|help|import|init|plugins|queues|repair|run|shell|start|upgrade)
		set -- tremor "$@"
	;;
esac

if [ "$1" = 'tremor' ] && [ "$(id -u)" = '0' ]; then
	mkdir -p "$TREMOR_FILESTORE_DIR"
	find "$TREMOR_FILESTORE_DIR" \! -user tremor -exec chown tremor {} \;
	set -- gosu tremor "$@"
fi

exec "$@"
