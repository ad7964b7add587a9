#!/bin/bash
set -e
rm -f ./tmp/pids/server.pid
bundle exec rails s -b :: -p 3000
