package mailer

import (
	"fmt"
	"net/url"

	"github.com/basekit/auth/internal/conf"
	"gopkg.in/gomail.v2"
)

// Mailer sends transactional auth emails over SMTP.
type Mailer struct {
	Config *conf.GlobalConfiguration
	dialer *gomail.Dialer
}

func New(config *conf.GlobalConfiguration) *Mailer {
	d := gomail.NewDialer(config.SMTP.Host, config.SMTP.Port, config.SMTP.User, config.SMTP.Pass)
	return &Mailer{Config: config, dialer: d}
}

func (m *Mailer) send(to, subject, body string) error {
	msg := gomail.NewMessage()
	msg.SetAddressHeader("From", m.Config.SMTP.AdminEmail, m.Config.SMTP.SenderName)
	msg.SetHeader("To", to)
	msg.SetHeader("Subject", subject)
	msg.SetBody("text/html", body)
	return m.dialer.DialAndSend(msg)
}

func (m *Mailer) link(path, token, redirect string) string {
	u, _ := url.Parse(m.Config.API.ExternalURL)
	u.Path = u.Path + path
	q := u.Query()
	q.Set("token", token)
	q.Set("redirect_to", redirect)
	u.RawQuery = q.Encode()
	return u.String()
}

func (m *Mailer) ConfirmationMail(email, token, redirect string) error {
	link := m.link(m.Config.Mailer.URLPaths.Confirmation, token, redirect) + "&type=signup"
	return m.send(email, "Confirm Your Signup",
		fmt.Sprintf(`<h2>Confirm your signup</h2><p><a href="%s">Confirm your mail</a></p>`, link))
}

func (m *Mailer) RecoveryMail(email, token, redirect string) error {
	link := m.link(m.Config.Mailer.URLPaths.Recovery, token, redirect) + "&type=recovery"
	return m.send(email, "Reset Your Password",
		fmt.Sprintf(`<h2>Reset Password</h2><p><a href="%s">Reset Password</a></p>`, link))
}

func (m *Mailer) InviteMail(email, token, redirect string) error {
	link := m.link(m.Config.Mailer.URLPaths.Invite, token, redirect) + "&type=invite"
	return m.send(email, "You have been invited",
		fmt.Sprintf(`<h2>You have been invited</h2><p><a href="%s">Accept the invite</a></p>`, link))
}
