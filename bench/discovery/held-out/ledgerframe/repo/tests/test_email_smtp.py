import smtplib


def test_smtp_sink_accepts_mail(fake_smtp):
    host, port = fake_smtp
    with smtplib.SMTP(host, port) as s:
        s.sendmail("erp@example.com", ["user@example.com"], "Subject: test\n\nhello")
