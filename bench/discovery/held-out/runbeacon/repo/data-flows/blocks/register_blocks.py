"""One-off: create the notification blocks referenced by runbeacon.yaml triggers.
Run with RUNBEACON_API_URL pointing at the server."""
import os

from runbeacon.blocks.notifications import SlackWebhook
from runbeacon_email.credentials import EmailNotification, EmailServerCredentials

SlackWebhook(url=os.environ["DATA_ONCALL_SLACK_WEBHOOK"]).save("data-oncall-slack", overwrite=True)

EmailNotification(
    email_to=["data-oncall@northwind.io"],
    email_from="runbeacon@mg.northwind.io",
    server=EmailServerCredentials(smtp_server="smtp.mailgun.org", smtp_port=587,
                                  username="postmaster@mg.northwind.io",
                                  password=os.environ["MAILGUN_SMTP_PASSWORD"]),
).save("data-oncall-email", overwrite=True)
