package emailing

import (
	"bytes"
	"fmt"
	"html/template"
	"net"
	"net/smtp"

	"github.com/tracewell/tracewell/pkg/config"
)

var inviteTmpl = template.Must(template.New("invite").Parse(`<p>Hi {{.Name}},</p>
<p>{{.InviterName}} invited you to join <b>{{.OrgName}}</b> on Tracewell.</p>
<p><a href="{{.Link}}">Accept invitation</a></p>`))

type Emailer interface {
	SendInvite(to, name, inviter, org, link string) error
}

type noop struct{}

func (noop) SendInvite(string, string, string, string, string) error { return nil }

type smtpEmailer struct{ cfg config.SMTPConfig }

func New(cfg config.EmailingConfig) Emailer {
	if !cfg.Enabled {
		return noop{}
	}
	return &smtpEmailer{cfg: cfg.SMTP}
}

func (e *smtpEmailer) SendInvite(to, name, inviter, org, link string) error {
	var body bytes.Buffer
	fmt.Fprintf(&body, "From: %s\r\nTo: %s\r\nSubject: You're invited to Tracewell\r\n", e.cfg.From, to)
	body.WriteString("MIME-Version: 1.0\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n")
	if err := inviteTmpl.Execute(&body, map[string]string{
		"Name": name, "InviterName": inviter, "OrgName": org, "Link": link,
	}); err != nil {
		return err
	}
	host, _, err := net.SplitHostPort(e.cfg.Address)
	if err != nil {
		return err
	}
	auth := smtp.PlainAuth("", e.cfg.Username, e.cfg.Password, host)
	return smtp.SendMail(e.cfg.Address, auth, e.cfg.From, []string{to}, body.Bytes())
}
