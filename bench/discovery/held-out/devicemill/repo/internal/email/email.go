// Package email sends transactional mail (password reset) over SMTP.
package email

import (
	"bytes"
	"fmt"
	"text/template"

	"gopkg.in/gomail.v2"
)

// Config is read with prefix DM_EMAIL_ (DM_EMAIL_HOST, DM_EMAIL_PORT ...).
type Config struct {
	Host        string `env:"HOST"         envDefault:"localhost"`
	Port        string `env:"PORT"         envDefault:"25"`
	Username    string `env:"USERNAME"     envDefault:"root"`
	Password    string `env:"PASSWORD"     envDefault:""`
	FromAddress string `env:"FROM_ADDRESS" envDefault:""`
	FromName    string `env:"FROM_NAME"    envDefault:""`
	Template    string `env:"TEMPLATE"     envDefault:"email.tmpl"`
}

type Agent struct {
	conf *Config
	tmpl *template.Template
	dial *gomail.Dialer
}

func New(c *Config) (*Agent, error) {
	tmpl, err := template.ParseFiles(c.Template)
	if err != nil {
		return nil, fmt.Errorf("parse e-mail template: %w", err)
	}
	var port int
	if _, err := fmt.Sscanf(c.Port, "%d", &port); err != nil {
		return nil, err
	}
	return &Agent{conf: c, tmpl: tmpl, dial: gomail.NewDialer(c.Host, port, c.Username, c.Password)}, nil
}

func (a *Agent) Send(to []string, subject, header, content, footer string) error {
	buf := new(bytes.Buffer)
	if err := a.tmpl.Execute(buf, map[string]string{"Header": header, "Content": content, "Footer": footer}); err != nil {
		return err
	}
	m := gomail.NewMessage()
	m.SetHeader("From", m.FormatAddress(a.conf.FromAddress, a.conf.FromName))
	m.SetHeader("To", to...)
	m.SetHeader("Subject", subject)
	m.SetBody("text/plain", buf.String())
	return a.dial.DialAndSend(m)
}
