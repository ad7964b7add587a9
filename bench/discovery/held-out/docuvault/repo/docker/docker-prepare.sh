#!/usr/bin/env bash
# Readiness gate shared by every role: wait for the broker and the database,
# then (web role / all-in-one only) run migrations.
set -eu

wait_for_postgres() {
	local attempt_num=1
	local -r max_attempts=5
	echo "Waiting for PostgreSQL to start..."
	local -r host="${DOCUVAULT_DBHOST:-localhost}"
	local -r port="${DOCUVAULT_DBPORT:-5432}"
	until pg_isready --host "${host}" --port "${port}" --quiet; do
		if [ $attempt_num -eq $max_attempts ]; then
			echo "Unable to connect to database."
			exit 1
		fi
		attempt_num=$((attempt_num + 1))
		sleep 5
	done
}

wait_for_mariadb() {
	echo "Waiting for MariaDB to start..."
	local -r host="${DOCUVAULT_DBHOST:-localhost}"
	local -r port="${DOCUVAULT_DBPORT:-3306}"
	local attempt_num=1
	while ! true > "/dev/tcp/${host}/${port}"; do
		if [ $attempt_num -eq 5 ]; then
			echo "Unable to connect to database."
			exit 1
		fi
		attempt_num=$((attempt_num + 1))
		sleep 5
	done
}

wait_for_redis() {
	python3 /usr/local/bin/wait-for-redis.py
}

migrations() {
	if [[ "${DOCUVAULT_SKIP_MIGRATIONS:-false}" == "true" ]]; then
		return 0
	fi
	(
		flock 200
		cd /usr/src/docuvault/src
		s6-setuidgid docuvault python3 manage.py migrate --skip-checks --no-input
	) 200>/usr/src/docuvault/data/migration_lock
}

superuser() {
	if [[ -n "${DOCUVAULT_ADMIN_USER:-}" ]]; then
		cd /usr/src/docuvault/src
		s6-setuidgid docuvault python3 manage.py manage_superuser
	fi
}

do_work() {
	if [[ "${DOCUVAULT_DBENGINE:-}" == "mariadb" ]]; then
		wait_for_mariadb
	elif [[ -n "${DOCUVAULT_DBHOST:-}" ]]; then
		wait_for_postgres
	fi
	wait_for_redis
	migrations
	superuser
}

do_work
