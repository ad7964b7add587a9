#!/bin/sh
# Casts 3000 votes (2000 Tea, 1000 Coffee) through the vote service.
# Each ab worker gets a fresh cookie-less session, so every request counts as a new voter.
set -e

VOTE_URL="${VOTE_URL:-http://vote/}"

ab -n 1000 -c 50 -p posta -T "application/x-www-form-urlencoded" "$VOTE_URL"
ab -n 1000 -c 50 -p posta -T "application/x-www-form-urlencoded" "$VOTE_URL"
ab -n 1000 -c 50 -p postb -T "application/x-www-form-urlencoded" "$VOTE_URL"
