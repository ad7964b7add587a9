#!/usr/bin/env bash
# DocuVault container entrypoint.
#
#   (no args) / "/init"      -> s6-overlay supervises every svc-* service
#                               (/etc/services.d: webserver, worker, scheduler, consumer[, flower])
#   DOCUVAULT_PROCESS_MANAGER=supervisord -> same set, via /etc/supervisord.conf
#   web|worker|scheduler|consumer|flower  -> run only that one process
#                               (used by deploy/kubernetes/*-deployment.yaml)
#   anything else            -> exec'd as-is (e.g. "python3 manage.py shell")
set -eu

readonly APP_DIR=/usr/src/docuvault/src

map_uidgid() {
	local -r usermap_original_uid=$(id -u docuvault)
	local -r usermap_original_gid=$(id -g docuvault)
	local -r usermap_new_uid=${USERMAP_UID:-$usermap_original_uid}
	local -r usermap_new_gid=${USERMAP_GID:-${usermap_original_gid:-$usermap_new_uid}}
	if [[ ${usermap_new_uid} != "${usermap_original_uid}" ]]; then
		usermod --non-unique --uid "${usermap_new_uid}" docuvault
	fi
	if [[ ${usermap_new_gid} != "${usermap_original_gid}" ]]; then
		groupmod --non-unique --gid "${usermap_new_gid}" docuvault
	fi
}

# Expand DOCUVAULT_*_FILE docker secrets into plain env vars
file_env_expand() {
	local var
	for var in $(compgen -A variable DOCUVAULT_ | grep '_FILE$' || true); do
		local base=${var%_FILE}
		if [[ -z "${!base:-}" && -r "${!var}" ]]; then
			export "${base}"="$(< "${!var}")"
		fi
	done
}

install_languages() {
	local -r langs="${DOCUVAULT_OCR_LANGUAGES:-}"
	[[ -z "${langs}" ]] && return 0
	apt-get update -qq
	for lang in ${langs}; do
		apt-get install --yes --quiet --no-install-recommends "tesseract-ocr-${lang}" || echo "Unknown language ${lang}"
	done
}

initialize() {
	map_uidgid
	file_env_expand
	install_languages
	# waits for broker + database, runs migrations, creates superuser
	/usr/local/bin/docker-prepare.sh
}

run_role() {
	local -r role="$1"
	shift
	cd "${APP_DIR}"
	case "${role}" in
		web)
			exec s6-setuidgid docuvault /usr/local/bin/gunicorn -c /usr/src/docuvault/gunicorn.conf.py docuvault.asgi:application "$@"
			;;
		worker)
			exec s6-setuidgid docuvault celery --app docuvault worker --loglevel INFO --without-mingle --without-gossip "$@"
			;;
		scheduler)
			exec s6-setuidgid docuvault celery --app docuvault beat --loglevel INFO "$@"
			;;
		consumer)
			exec s6-setuidgid docuvault python3 manage.py document_consumer "$@"
			;;
		flower)
			exec s6-setuidgid docuvault celery --app docuvault flower --url_prefix=/flower "$@"
			;;
	esac
}

if [[ $# -eq 0 ]]; then
	set -- /init
fi

case "$1" in
	web | worker | scheduler | consumer | flower)
		export DOCUVAULT_SKIP_MIGRATIONS="${DOCUVAULT_SKIP_MIGRATIONS:-$([[ $1 == web ]] && echo false || echo true)}"
		initialize
		run_role "$@"
		;;
	/init)
		if [[ "${DOCUVAULT_PROCESS_MANAGER:-s6}" == "supervisord" ]]; then
			initialize
			exec /usr/bin/supervisord -c /etc/supervisord.conf
		fi
		# s6-overlay runs /etc/cont-init.d/10-prepare (docker-prepare.sh) itself
		map_uidgid
		file_env_expand
		exec /init
		;;
	*)
		exec "$@"
		;;
esac
