#!/bin/bash
# development only
rm -f ./tmp/pids/server.pid
bundle exec rails db:prepare
bundle exec rails s -b 0.0.0.0
