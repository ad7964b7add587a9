#!/bin/bash
# Loads demo users when USE_DEMO_DATA=True.
set -e

if [ "$USE_DEMO_DATA" != "True" ]; then
  echo "no demo users added"
  exit 0
fi

PASSHASH=$(python3 -c "import bcrypt; print(bcrypt.hashpw(b'$DEMO_LOGIN_PASSWORD', bcrypt.gensalt()).decode())" 2>/dev/null || echo '$2b$12$demo')

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<-EOSQL
  INSERT INTO users VALUES ('1011226111', '$DEMO_LOGIN_USERNAME', '$PASSHASH', 'Test', 'User', '2000-01-01', '-5', 'Bowling Green, New York City', 'NY', '10004', '111-22-3333') ON CONFLICT DO NOTHING;
  INSERT INTO contacts VALUES ('$DEMO_LOGIN_USERNAME', 'Alice', '1033623433', '$LOCAL_ROUTING_NUM', 'false') ON CONFLICT DO NOTHING;
  INSERT INTO contacts VALUES ('$DEMO_LOGIN_USERNAME', 'External Bank', '9099791699', '808889588', 'true') ON CONFLICT DO NOTHING;
EOSQL
