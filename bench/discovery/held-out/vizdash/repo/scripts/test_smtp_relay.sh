#!/usr/bin/env bash
# Developer helper: sends a throwaway email through a local Mailpit/MailHog
# to eyeball report HTML. Not used by any service.
set -euo pipefail

HOST="${1:-localhost}"
PORT="${2:-1025}"

python3 - "$HOST" "$PORT" <<'PY'
import smtplib, sys
from email.mime.text import MIMEText

host, port = sys.argv[1], int(sys.argv[2])
msg = MIMEText("<b>Hello from Vizdash</b>", "html")
msg["Subject"] = "[Vizdash] smoke test"
msg["From"] = "dev@localhost"
msg["To"] = "dev@localhost"
with smtplib.SMTP(host, port) as s:
    s.sendmail(msg["From"], [msg["To"]], msg.as_string())
print(f"sent via {host}:{port}")
PY
