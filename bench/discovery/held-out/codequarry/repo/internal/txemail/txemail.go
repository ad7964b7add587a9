// Package txemail sends transactional email (password resets, invites).
package txemail

import (
	"fmt"
	"net/smtp"

	"github.com/codequarry/codequarry/internal/env"
)

var (
	enabled  = env.MustGetBool("CODEQUARRY_EMAIL_ENABLED", false, "send transactional email")
	smtpHost = env.Get("EMAIL_SMTP_HOST", "smtp.sendgrid.net", "SMTP host")
	smtpPort = env.Get("EMAIL_SMTP_PORT", "587", "SMTP port")
	smtpUser = env.Get("EMAIL_SMTP_USERNAME", "apikey", "SMTP user")
	smtpPass = env.Get("EMAIL_SMTP_PASSWORD", "", "SMTP password")
	from     = env.Get("EMAIL_FROM", "noreply@codequarry.example", "sender")
)

type Message struct {
	To      string
	Subject string
	Body    string
}

// Send delivers msg if email is enabled; otherwise it is dropped.
func Send(msg Message) error {
	if !enabled {
		return nil
	}
	auth := smtp.PlainAuth("", smtpUser, smtpPass, smtpHost)
	body := fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: %s\r\n\r\n%s", from, msg.To, msg.Subject, msg.Body)
	return smtp.SendMail(smtpHost+":"+smtpPort, auth, from, []string{msg.To}, []byte(body))
}
