echo "${_group}Setting up / migrating database ..."

$dc up -d postgres
until $dc exec postgres psql -qAt -U postgres -c "select 1" >/dev/null 2>&1; do sleep 1; done

if [[ -n "${SKIP_USER_CREATION:-}" ]]; then
  $dcr web upgrade --noinput --create-kafka-topics
  echo ""
  echo "Did not prompt for user creation. Run the following command to create one"
  echo "yourself (recommended):"
  echo ""
  echo "  $dc_base run --rm web createuser"
  echo ""
else
  $dcr web upgrade --create-kafka-topics
fi
