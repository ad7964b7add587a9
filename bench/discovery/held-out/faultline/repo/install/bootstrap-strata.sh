echo "${_group}Bootstrapping and migrating Strata ..."

$dcr strata-api bootstrap --no-migrate --force
$dcr strata-api migrations migrate --force
