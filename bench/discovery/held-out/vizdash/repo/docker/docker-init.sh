#!/usr/bin/env bash
set -e

#
# Always install local overrides first
#
/app/docker/docker-bootstrap.sh

if [ "$VIZDASH_LOAD_EXAMPLES" = "yes" ]; then
    STEP_CNT=4
else
    STEP_CNT=3
fi

echo_step() {
cat <<EOF2

######################################################################


Init Step ${1}/${STEP_CNT} [${2}] -- ${3}


######################################################################

EOF2
}
ADMIN_PASSWORD="${ADMIN_PASSWORD:-admin}"
# If Cypress run – overwrite the password for admin and export env variables
if [ "$CYPRESS_CONFIG" == "true" ]; then
    ADMIN_PASSWORD="general"
    export VIZDASH_CONFIG=tests.integration_tests.vizdash_test_config
    export VIZDASH_TESTENV=true
fi
# Initialize the database
echo_step "1" "Starting" "Applying DB migrations"
vizdash db upgrade
echo_step "1" "Complete" "Applying DB migrations"

# Create an admin user
echo_step "2" "Starting" "Setting up admin user ( admin / $ADMIN_PASSWORD )"
vizdash fab create-admin \
              --username admin \
              --firstname Vizdash \
              --lastname Admin \
              --email admin@northlight.io \
              --password "$ADMIN_PASSWORD"
echo_step "2" "Complete" "Setting up admin user"
# Create default roles and permissions
echo_step "3" "Starting" "Setting up roles and perms"
vizdash init
echo_step "3" "Complete" "Setting up roles and perms"

if [ "$VIZDASH_LOAD_EXAMPLES" = "yes" ]; then
    # Load some data to play with
    echo_step "4" "Starting" "Loading examples"
    # If Cypress run which consumes vizdash_test_config – load required data for tests
    if [ "$CYPRESS_CONFIG" == "true" ]; then
        vizdash load-test-users
        vizdash load-examples --load-test-data
    else
        vizdash load-examples --force
    fi
    echo_step "4" "Complete" "Loading examples"
fi
