#!/usr/bin/env bash
# Registers the standup bot's outgoing webhook and incoming webhook on a running
# Teamwharf server. Run once after first deployment.
set -euo pipefail

TW_URL="${TW_URL:-https://chat.example.com}"
TW_TOKEN="${TW_TOKEN:?admin token required}"
TEAM_ID="${TEAM_ID:?}"
CHANNEL_ID="${CHANNEL_ID:?}"
BOT_URL="${BOT_URL:-http://standup-bot:3000/standup}"

curl -fsS -X POST "$TW_URL/api/v4/hooks/outgoing" \
  -H "Authorization: Bearer $TW_TOKEN" -H 'Content-Type: application/json' \
  -d "{\"team_id\":\"$TEAM_ID\",\"channel_id\":\"$CHANNEL_ID\",\"display_name\":\"Standup bot\",\"trigger_words\":[\"standup\"],\"callback_urls\":[\"$BOT_URL\"],\"content_type\":\"application/json\"}"

curl -fsS -X POST "$TW_URL/api/v4/hooks/incoming" \
  -H "Authorization: Bearer $TW_TOKEN" -H 'Content-Type: application/json' \
  -d "{\"channel_id\":\"$CHANNEL_ID\",\"display_name\":\"Standup summary\"}"
echo
echo "Set STANDUP_INCOMING_HOOK_ID to the id returned above."
