#!/bin/bash
set -e

if [ "$1" = 'builder' ]; then
  PACKAGES="build-essential curl git libimlib2-dev libpq-dev shared-mime-info nodejs npm"
  apt-get update
  apt-get install -y --no-install-recommends ${PACKAGES}
  cd "${ZAMMAD_DIR}"
  cp -a "${ZAMMAD_TMP_DIR}/." .
  bundle config set --local without 'test development mysql'
  bundle install
  touch db/schema.rb
  # assets precompile needs a database adapter but no database
  ZAMMAD_SAFE_MODE=1 DATABASE_URL=postgresql://zammad:/zammad bundle exec rake assets:precompile
  rm -rf tmp/cache node_modules/* spec test
fi

if [ "$1" = 'runner' ]; then
  apt-get update
  apt-get install -y --no-install-recommends curl libimlib2 libpq5 nginx gettext-base postgresql-client shared-mime-info
  groupadd -g 1000 "${ZAMMAD_USER}"
  useradd -M -d "${ZAMMAD_DIR}" -s /bin/bash -u 1000 -g 1000 "${ZAMMAD_USER}"
  sed -i -e "s#user www-data;##g" -e 's#/var/log/nginx/\(access\|error\).log#/dev/stdout#g' -e 's#pid /run/nginx.pid;#pid /tmp/nginx.pid;#g' /etc/nginx/nginx.conf
  mkdir -p "${ZAMMAD_DIR}" /var/log/nginx
  chown -R "${ZAMMAD_USER}":"${ZAMMAD_USER}" /etc/nginx "${ZAMMAD_DIR}" /var/lib/nginx /var/log/nginx
  rm -rf /var/lib/apt/lists/*
fi
