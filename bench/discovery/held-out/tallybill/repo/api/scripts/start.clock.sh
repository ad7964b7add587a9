#!/bin/bash
set -e
exec bundle exec clockwork ./clock.rb
