#!/bin/sh
# Applies the ActivityPub schema migrations to $MYSQL_DB, e.g.
#   mysql://user:pass@tcp(db:3306)/activitypub
set -e
exec migrate -path /migrations -database "$MYSQL_DB" up
