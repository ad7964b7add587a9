//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

package channel

import (
	"bytes"
	"crypto/tls"
	"fmt"
	"net/http"
	"net/smtp"
	"strings"

	bootstrapContainer "github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/container"
	"github.com/fieldmesh/go-mod-bootstrap/v3/di"
	"github.com/fieldmesh/go-mod-core-contracts/v3/errors"
	"github.com/fieldmesh/go-mod-core-contracts/v3/models"
)

const (
	EmailSenderName = "EmailSender"
	RESTSenderName  = "RESTSender"
)

// SmtpInfo is the Smtp section of configuration.yaml (SMTP_HOST / SMTP_PORT / SMTP_SENDER overrides).
type SmtpInfo struct {
	Host                 string
	Port                 int
	Sender               string
	EnableSelfSignedCert bool
	Subject              string
	SecretName           string
	AuthMode             string
}

// Sender delivers a notification to one subscription channel.
type Sender interface {
	Send(content string, contentType string, address models.Address) (string, errors.FieldmeshError)
}

// EmailSender sends notifications over SMTP to the channel's recipients.
type EmailSender struct {
	dic  *di.Container
	smtp SmtpInfo
}

func NewEmailSender(dic *di.Container, smtp SmtpInfo) Sender {
	return &EmailSender{dic: dic, smtp: smtp}
}

func (s *EmailSender) Send(content string, contentType string, address models.Address) (string, errors.FieldmeshError) {
	emailAddress, ok := address.(models.EmailAddress)
	if !ok {
		return "", errors.NewCommonFieldmeshError(errors.KindContractInvalid, "fail to cast Address to EmailAddress", nil)
	}
	secretProvider := bootstrapContainer.SecretProviderFrom(s.dic.Get)
	creds, err := secretProvider.GetSecret(s.smtp.SecretName, "username", "password")
	if err != nil {
		return "", errors.NewCommonFieldmeshError(errors.KindServerError, "failed to get SMTP credentials", err)
	}

	smtpAddr := fmt.Sprintf("%s:%d", s.smtp.Host, s.smtp.Port)
	auth := smtp.PlainAuth("", creds["username"], creds["password"], s.smtp.Host)
	msg := buildSmtpMessage(s.smtp.Sender, s.smtp.Subject, emailAddress.Recipients, contentType, content)

	if s.smtp.EnableSelfSignedCert {
		return "", sendWithSelfSignedCert(smtpAddr, s.smtp, auth, emailAddress.Recipients, msg)
	}
	if err := smtp.SendMail(smtpAddr, auth, s.smtp.Sender, emailAddress.Recipients, msg); err != nil {
		return "", errors.NewCommonFieldmeshError(errors.KindServerError, "failed to send email", err)
	}
	return "", nil
}

func sendWithSelfSignedCert(addr string, info SmtpInfo, auth smtp.Auth, to []string, msg []byte) errors.FieldmeshError {
	c, err := smtp.Dial(addr)
	if err != nil {
		return errors.NewCommonFieldmeshError(errors.KindServerError, "smtp dial failed", err)
	}
	defer c.Close()
	if err = c.StartTLS(&tls.Config{InsecureSkipVerify: true, ServerName: info.Host}); err != nil { //nolint:gosec
		return errors.NewCommonFieldmeshError(errors.KindServerError, "smtp starttls failed", err)
	}
	if err = c.Auth(auth); err != nil {
		return errors.NewCommonFieldmeshError(errors.KindServerError, "smtp auth failed", err)
	}
	_ = c.Mail(info.Sender)
	for _, r := range to {
		_ = c.Rcpt(r)
	}
	w, _ := c.Data()
	_, _ = w.Write(msg)
	_ = w.Close()
	return nil
}

func buildSmtpMessage(sender, subject string, toAddresses []string, contentType, template string) []byte {
	var b strings.Builder
	b.WriteString("From: " + sender + "\r\n")
	b.WriteString("To: " + strings.Join(toAddresses, ",") + "\r\n")
	b.WriteString("Subject: " + subject + "\r\n")
	b.WriteString("MIME-version: 1.0;\r\nContent-Type: " + contentType + "; charset=\"UTF-8\";\r\n\r\n")
	b.WriteString(template + "\r\n")
	return []byte(b.String())
}

// RESTSender POSTs the notification content to the webhook URL of a REST subscription channel.
// Subscriptions are created at runtime through the v3 API; none ship with the deployment.
type RESTSender struct {
	dic *di.Container
}

func NewRESTSender(dic *di.Container) Sender { return &RESTSender{dic: dic} }

func (s *RESTSender) Send(content string, contentType string, address models.Address) (string, errors.FieldmeshError) {
	restAddress, ok := address.(models.RESTAddress)
	if !ok {
		return "", errors.NewCommonFieldmeshError(errors.KindContractInvalid, "fail to cast Address to RESTAddress", nil)
	}
	url := fmt.Sprintf("%s://%s:%d%s", restAddress.Scheme, restAddress.Host, restAddress.Port, restAddress.Path)
	req, err := http.NewRequest(restAddress.HTTPMethod, url, bytes.NewReader([]byte(content)))
	if err != nil {
		return "", errors.NewCommonFieldmeshError(errors.KindServerError, "failed to build request", err)
	}
	req.Header.Set("Content-Type", contentType)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", errors.NewCommonFieldmeshError(errors.KindServerError, "failed to send REST notification", err)
	}
	defer resp.Body.Close()
	return resp.Status, nil
}

// SMSSender was prototyped for the line supervisors' pager flow and shelved.
//
// type SMSSender struct{ client *twilio.RestClient }
//
// func NewSMSSender(accountSid, authToken string) Sender {
// 	return &SMSSender{client: twilio.NewRestClientWithParams(twilio.ClientParams{
// 		Username: accountSid, Password: authToken,
// 	})}
// }
//
// func (s *SMSSender) Send(content string, _ string, address models.Address) (string, errors.FieldmeshError) {
// 	params := &openapi.CreateMessageParams{}
// 	params.SetTo(address.(models.SMSAddress).Recipient)
// 	params.SetFrom("+15550100")
// 	params.SetBody(content)
// 	_, err := s.client.Api.CreateMessage(params) // POST https://api.twilio.com/2010-04-01/Accounts/.../Messages.json
// 	return "", errors.NewCommonFieldmeshErrorWrapper(err)
// }
