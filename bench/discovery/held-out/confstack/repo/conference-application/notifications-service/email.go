package main

import (
	"fmt"
	"log"
	"net/smtp"
)

// Mailer sends emails to speakers through an SMTP relay.
type Mailer struct {
	Host     string
	Port     string
	Username string
	Password string
	From     string
}

func NewMailerFromEnv() *Mailer {
	return &Mailer{
		Host:     getEnv("SMTP_HOST", "smtp.sendgrid.net"),
		Port:     getEnv("SMTP_PORT", "587"),
		Username: getEnv("SMTP_USERNAME", "apikey"),
		Password: getEnv("SMTP_PASSWORD", ""),
		From:     getEnv("EMAIL_FROM", "no-reply@confstack.dev"),
	}
}

func (m *Mailer) Send(to, subject, body string) error {
	addr := fmt.Sprintf("%s:%s", m.Host, m.Port)
	auth := smtp.PlainAuth("", m.Username, m.Password, m.Host)
	msg := []byte(fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: %s\r\n\r\n%s\r\n", m.From, to, subject, body))
	log.Printf("Sending email to %s via %s", to, addr)
	return smtp.SendMail(addr, auth, m.From, []string{to}, msg)
}
