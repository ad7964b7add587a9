from posthog.email import EmailMessage


def send_email_subscription_report(subscription) -> None:
    for email in subscription.target_value.split(","):
        message = EmailMessage(
            campaign_key=f"subscription_report_{subscription.id}_{subscription.next_delivery_date.isoformat()}",
            subject=f"Hoglytics report - {subscription.resource_title}",
            template_name="subscription_report",
            template_context={"subscription": subscription},
        )
        message.add_recipient(email=email.strip())
        # We are already inside the worker; send() enqueues send_email_task which runs SMTP.
        message.send()
