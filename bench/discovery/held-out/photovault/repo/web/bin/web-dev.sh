#!/usr/bin/env sh

if [ "$PHOTOVAULT_ENV" != "development" ]; then
  echo "This command can only be run in development environments"
  exit 1
fi

npm --prefix ../open-api/typescript-sdk ci && npm --prefix ../open-api/typescript-sdk run build
npm run dev
