echo "${_group}Bootstrapping and migrating Strata ..."

$dcr strata-api bootstrap --force
