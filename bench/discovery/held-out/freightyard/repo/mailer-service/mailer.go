package main

import (
	"fmt"
	"os"
	"strconv"

	"gopkg.in/gomail.v2"
)

type Mailer interface {
	Send(to, subject, body string) error
}

// SMTPMailer delivers through whatever relay SMTP_HOST points at:
// mailhog in docker-compose, the SendGrid SMTP relay in the cluster.
type SMTPMailer struct {
	dialer *gomail.Dialer
	from   string
}

func NewSMTPMailer() *SMTPMailer {
	host := os.Getenv("SMTP_HOST")
	if host == "" {
		host = "localhost"
	}
	port, err := strconv.Atoi(os.Getenv("SMTP_PORT"))
	if err != nil {
		port = 1025
	}
	d := gomail.NewDialer(host, port, os.Getenv("SMTP_USERNAME"), os.Getenv("SMTP_PASSWORD"))
	from := os.Getenv("MAIL_FROM")
	if from == "" {
		from = "no-reply@freightyard.example"
	}
	return &SMTPMailer{dialer: d, from: from}
}

func (m *SMTPMailer) Send(to, subject, body string) error {
	msg := gomail.NewMessage()
	msg.SetHeader("From", m.from)
	msg.SetHeader("To", to)
	msg.SetHeader("Subject", subject)
	msg.SetBody("text/plain", body)
	if err := m.dialer.DialAndSend(msg); err != nil {
		return fmt.Errorf("smtp send to %s: %w", to, err)
	}
	return nil
}
