package mail

import (
	"crypto/tls"
	"fmt"
	"net"
	"net/smtp"
	"strings"

	"github.com/teamwharf/teamwharf/server/config"
)

// Sender delivers mail through the configured SMTP relay.
type Sender struct {
	s config.EmailSettings
}

func NewSender(s config.EmailSettings) *Sender { return &Sender{s: s} }

func (m *Sender) Send(to, subject, htmlBody string) error {
	addr := net.JoinHostPort(m.s.SMTPServer, m.s.SMTPPort)
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return fmt.Errorf("connect smtp %s: %w", addr, err)
	}
	c, err := smtp.NewClient(conn, m.s.SMTPServer)
	if err != nil {
		return err
	}
	defer c.Quit()
	if m.s.ConnectionSecurity == "STARTTLS" {
		if err := c.StartTLS(&tls.Config{ServerName: m.s.SMTPServer}); err != nil {
			return err
		}
	}
	if m.s.SMTPUsername != "" {
		if err := c.Auth(smtp.PlainAuth("", m.s.SMTPUsername, m.s.SMTPPassword, m.s.SMTPServer)); err != nil {
			return err
		}
	}
	if err := c.Mail(m.s.FeedbackEmail); err != nil {
		return err
	}
	if err := c.Rcpt(to); err != nil {
		return err
	}
	w, err := c.Data()
	if err != nil {
		return err
	}
	msg := strings.Join([]string{
		"From: Teamwharf <" + m.s.FeedbackEmail + ">",
		"To: " + to,
		"Subject: " + subject,
		"MIME-Version: 1.0",
		"Content-Type: text/html; charset=UTF-8",
		"",
		htmlBody,
	}, "\r\n")
	if _, err := w.Write([]byte(msg)); err != nil {
		return err
	}
	return w.Close()
}
