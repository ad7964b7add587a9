import smtplib

from frappe.utils import cint


class SMTPServer:
    """Outgoing connection built from an Email Account record (smtp_server, smtp_port, use_tls)."""

    def __init__(self, server, login=None, password=None, port=None, use_tls=None, use_ssl=None):
        self.server = server
        self.port = cint(port) or (465 if use_ssl else 587 if use_tls else 25)
        self.login = login
        self.password = password
        self.use_tls = use_tls
        self.use_ssl = use_ssl
        self._session = None

    @property
    def session(self):
        if self._session:
            return self._session
        SMTP = smtplib.SMTP_SSL if self.use_ssl else smtplib.SMTP
        self._session = SMTP(self.server, self.port, timeout=30)
        if self.use_tls and not self.use_ssl:
            self._session.ehlo()
            self._session.starttls()
            self._session.ehlo()
        if self.login and self.password:
            self._session.login(self.login, self.password)
        return self._session

    def sendmail(self, sender, recipients, message):
        return self.session.sendmail(sender, recipients, message)

    def quit(self):
        if self._session:
            self._session.quit()
