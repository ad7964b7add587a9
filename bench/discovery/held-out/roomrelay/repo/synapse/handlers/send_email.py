import email.utils
import logging
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from io import BytesIO
from typing import TYPE_CHECKING, Optional

from twisted.internet.defer import Deferred
from twisted.mail.smtp import ESMTPSenderFactory

if TYPE_CHECKING:
    from synapse.server import HomeServer

logger = logging.getLogger(__name__)


async def _sendmail(reactor, smtphost: str, smtpport: int, from_addr: str, to_addr: str, msg_bytes: bytes,
                    username: Optional[bytes] = None, password: Optional[bytes] = None,
                    require_auth: bool = False, require_tls: bool = False) -> None:
    d: "Deferred[object]" = Deferred()
    factory = ESMTPSenderFactory(username, password, from_addr, to_addr, BytesIO(msg_bytes), d,
                                 heloFallback=True, requireAuthentication=require_auth, requireTransportSecurity=require_tls)
    reactor.connectTCP(smtphost, smtpport, factory, timeout=30)
    await d


class SendEmailHandler:
    def __init__(self, hs: "HomeServer") -> None:
        self._reactor = hs.get_reactor()
        self._from = hs.config.email.email_notif_from
        self._smtp_host = hs.config.email.email_smtp_host
        self._smtp_port = hs.config.email.email_smtp_port
        user = hs.config.email.email_smtp_user
        self._smtp_user = user.encode("utf-8") if user is not None else None
        passwd = hs.config.email.email_smtp_pass
        self._smtp_pass = passwd.encode("utf-8") if passwd is not None else None
        self._require_transport_security = hs.config.email.require_transport_security

    async def send_email(self, email_address: str, subject: str, app_name: str, html: str, text: str) -> None:
        multipart_msg = MIMEMultipart("alternative")
        multipart_msg["Subject"] = subject
        multipart_msg["From"] = self._from % {"app": app_name}
        multipart_msg["To"] = email_address
        multipart_msg["Date"] = email.utils.formatdate()
        multipart_msg.attach(MIMEText(text, "plain", "utf8"))
        multipart_msg.attach(MIMEText(html, "html", "utf8"))
        logger.info("Sending email to %s", email_address)
        await _sendmail(self._reactor, self._smtp_host, self._smtp_port, self._from, email_address,
                        multipart_msg.as_string().encode("utf8"), username=self._smtp_user,
                        password=self._smtp_pass, require_auth=self._smtp_user is not None,
                        require_tls=self._require_transport_security)
