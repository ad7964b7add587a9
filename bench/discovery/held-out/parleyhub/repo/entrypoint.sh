#!/bin/bash
set -e
if [ "$DEBUG" = "true" ] || [ "$DEBUG" = "True" ]; then
    set -x
    set -o functrace
fi
# DB aka Database
DB_HOST="${DB_HOST:-127.0.0.1}"
DB_HOST_PORT="${DB_HOST_PORT:-5432}"
DB_NAME="${DB_NAME:-parleyhub}"
DB_SCHEMA="${DB_SCHEMA:-parleyhub}"
DB_USER="${DB_USER:-parleyhub}"
REMOTE_POSTGRES_SSLMODE="${REMOTE_POSTGRES_SSLMODE:-prefer}"
# Parleyhub certificate and config
DATA_DIR="${DATA_DIR:-/data}"
SETTINGS_PY="/etc/parleyhub/settings.py"
PARLEYHUB_SECRETS="/etc/parleyhub/parleyhub-secrets.conf"
PARLEYHUB_CONF="/etc/parleyhub/parleyhub.conf"
PARLEYHUB_AUTH_BACKENDS="${PARLEYHUB_AUTH_BACKENDS:-EmailAuthBackend}"
PARLEYHUB_RUN_POST_SETUP_SCRIPTS="${PARLEYHUB_RUN_POST_SETUP_SCRIPTS:-True}"
MANAGE_PY="/home/parleyhub/deployments/current/manage.py"
QUEUE_WORKERS_MULTIPROCESS="${QUEUE_WORKERS_MULTIPROCESS:-}"

prepareDirectories() {
    mkdir -p "$DATA_DIR" "$DATA_DIR/backups" "$DATA_DIR/certs" "$DATA_DIR/uploads"
    [ -e "/home/parleyhub/uploads" ] || ln -s "$DATA_DIR/uploads" /home/parleyhub/uploads
    chown -R parleyhub:parleyhub "$DATA_DIR/backups" "$DATA_DIR/uploads"
}

setConfigurationValue() {
    # setConfigurationValue KEY VALUE FILE [TYPE]
    local KEY="$1" VALUE="$2" FILE="$3" TYPE="$4"
    if [ -z "$TYPE" ]; then
        case "$VALUE" in
            [Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|[Nn]one) TYPE="bool" ;;
            [0-9]*) TYPE="integer" ;;
            [\[\(]*[\]\)]) TYPE="array" ;;
            *) TYPE="string" ;;
        esac
    fi
    case "$TYPE" in
        emptyreturn) [ -z "$VALUE" ] && return 0 ;;
        literal) VALUE="$1" ;;
        bool|boolean|int|integer|array) VALUE="$KEY = $VALUE" ;;
        string|*) VALUE="$KEY = '${VALUE//\'/\'\"\'\"\'}'" ;;
    esac
    echo "$VALUE" >> "$FILE"
    echo "Setting key \"$KEY\", type \"$TYPE\" in file \"$FILE\"."
}

configureSecrets() {
    echo "Setting Parleyhub secrets ..."
    if [ ! -e "$PARLEYHUB_SECRETS" ]; then
        su parleyhub -c "/home/parleyhub/deployments/current/scripts/setup/generate_secrets.py --production"
    fi
    local key
    for key in $(env | grep -oE '^SECRETS_[a-zA-Z0-9_]+'); do
        local SECRET_KEY="${key#SECRETS_}"
        local SECRET_VAR="${!key}"
        [ -z "$SECRET_VAR" ] && continue
        sed -i "/^${SECRET_KEY} *=/d" "$PARLEYHUB_SECRETS"
        echo "$SECRET_KEY = $SECRET_VAR" >> "$PARLEYHUB_SECRETS"
        echo "Secret added for \"$SECRET_KEY\"."
    done
}

databaseConfiguration() {
    echo "Setting database configuration ..."
    setConfigurationValue "REMOTE_POSTGRES_HOST" "$DB_HOST" "$SETTINGS_PY" "string"
    setConfigurationValue "REMOTE_POSTGRES_PORT" "$DB_HOST_PORT" "$SETTINGS_PY" "integer"
    setConfigurationValue "REMOTE_POSTGRES_SSLMODE" "$REMOTE_POSTGRES_SSLMODE" "$SETTINGS_PY" "string"
    crudini --set "$PARLEYHUB_CONF" postgresql database_name "$DB_NAME"
    crudini --set "$PARLEYHUB_CONF" postgresql database_user "$DB_USER"
    echo "Database configuration succeeded."
}

authenticationBackends() {
    echo "Activating authentication backends ..."
    local FIRST=true
    echo "$PARLEYHUB_AUTH_BACKENDS" | sed -n 1'p' | tr ',' '\n' | while read -r AUTH_BACKEND; do
        if [ "$FIRST" = true ]; then
            setConfigurationValue "AUTHENTICATION_BACKENDS" "('parley.backends.${AUTH_BACKEND//\'/\'}',)" "$SETTINGS_PY" "array"
            FIRST=false
        else
            setConfigurationValue "AUTHENTICATION_BACKENDS += ('parley.backends.${AUTH_BACKEND//\'/\'}',)" "" "$SETTINGS_PY" "literal"
        fi
    done
}

parleyhubConfiguration() {
    echo "Executing Parleyhub configuration ..."
    if [ -n "$QUEUE_WORKERS_MULTIPROCESS" ]; then
        crudini --set "$PARLEYHUB_CONF" application_server queue_workers_multiprocess "$QUEUE_WORKERS_MULTIPROCESS"
    fi
    # Every SETTING_FOO=bar variable becomes `FOO = 'bar'` in /etc/parleyhub/settings.py.
    local key
    for key in $(env | grep -oE '^SETTING_[a-zA-Z0-9_]+'); do
        local setting_key="${key#SETTING_}"
        local setting_var="${!key}"
        local type="string"
        if [ -z "$setting_var" ]; then
            echo "Empty var for key \"$setting_key\"."
            continue
        fi
        case "$setting_key" in
            AUTH_LDAP_USER_SEARCH|AUTH_LDAP_GROUP_SEARCH|AUTH_LDAP_USER_ATTR_MAP) type="literal"; setting_var="$setting_key = $setting_var" ;;
        esac
        setConfigurationValue "$setting_key" "$setting_var" "$SETTINGS_PY" "$type"
    done
    if ! su parleyhub -c "$MANAGE_PY checkconfig"; then
        echo "Error in the Parleyhub configuration. Exiting."
        exit 1
    fi
    echo "Parleyhub configuration succeeded."
}

waitingForDatabase() {
    local TIMEOUT=60
    echo "Waiting for database server to allow connections ..."
    while ! PGPASSWORD="$(crudini --get "$PARLEYHUB_SECRETS" secrets postgres_password)" \
        /usr/bin/pg_isready -h "$DB_HOST" -p "$DB_HOST_PORT" -U "$DB_USER" -t 1 >/dev/null 2>&1; do
        if ! ((TIMEOUT--)); then echo "Could not connect to database server. Exiting."; exit 1; fi
        echo -n "."
        sleep 1
    done
}

bootstrappingEnvironment() {
    echo "=== Begin Bootstrap Phase ==="
    [ -e "$SETTINGS_PY" ] || cp /home/parleyhub/deployments/current/phproject/prod_settings_template.py "$SETTINGS_PY"
    configureSecrets
    databaseConfiguration
    authenticationBackends
    parleyhubConfiguration
    echo "=== End Bootstrap Phase ==="
}

runMigrations() {
    waitingForDatabase
    echo "Running database migrations ..."
    su parleyhub -c "$MANAGE_PY migrate --noinput"
    su parleyhub -c "$MANAGE_PY createcachetable third_party_api_results"
    if [ ! -e "$DATA_DIR/.initiated" ]; then
        su parleyhub -c "$MANAGE_PY generate_realm_creation_link"
        touch "$DATA_DIR/.initiated"
    fi
}

appRun() {
    prepareDirectories
    bootstrappingEnvironment
    runMigrations
    echo "=== Begin Run Phase ==="
    echo "Starting Parleyhub using supervisor ..."
    exec supervisord -n -c "/etc/supervisor/supervisord.conf"
}

case "$1" in
    app:run) appRun ;;
    app:managepy) shift; su parleyhub -c "$MANAGE_PY $*" ;;
    app:backup) su parleyhub -c "/home/parleyhub/deployments/current/scripts/setup/backup" ;;
    *) exec "$@" ;;
esac
