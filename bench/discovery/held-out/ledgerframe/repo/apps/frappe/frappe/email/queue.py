import frappe
from frappe.database import get_db
from frappe.email.smtp import SMTPServer


def get_outgoing_email_account():
    db = get_db()
    row = db.sql(
        "select smtp_server, smtp_port, email_id, password, use_tls, use_ssl "
        "from `tabEmail Account` where enable_outgoing=1 and default_outgoing=1 limit 1"
    )
    return row[0] if row else None


def flush(from_test=False):
    """Scheduler 'all' event: send pending Email Queue rows in a worker."""
    db = get_db()
    for (name,) in db.sql("select name from `tabEmail Queue` where status='Not Sent' limit 500"):
        frappe.enqueue("frappe.email.queue.send_mail", queue="short", email_queue_name=name)


def send_mail(email_queue_name):
    db = get_db()
    sender, recipients, message = db.sql(
        "select sender, recipients, message from `tabEmail Queue` where name=%s", (email_queue_name,)
    )[0]
    server, port, login, password, use_tls, use_ssl = get_outgoing_email_account()
    smtp = SMTPServer(server, login=login, password=password, port=port, use_tls=use_tls, use_ssl=use_ssl)
    smtp.sendmail(sender, recipients.split(","), message)
    db.sql("update `tabEmail Queue` set status='Sent' where name=%s", (email_queue_name,))
