#!/bin/bash
set -e
exec bundle exec sidekiq -C config/sidekiq_events.yml
