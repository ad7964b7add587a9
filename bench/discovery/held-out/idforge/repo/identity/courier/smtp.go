// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package courier

import (
	"context"
	"crypto/tls"
	"net/url"
	"strconv"

	"github.com/pkg/errors"
	gomail "gopkg.in/mail.v2"

	"github.com/idforge/idforge/identity/driver/config"
)

type smtpClient struct {
	cfg *config.Config
}

func newSMTP(c *config.Config) *smtpClient {
	return &smtpClient{cfg: c}
}

func (s *smtpClient) dialer(ctx context.Context) (*gomail.Dialer, error) {
	uri, err := s.cfg.CourierSMTPURL(ctx)
	if err != nil {
		return nil, errors.WithStack(err)
	}

	password, _ := uri.User.Password()
	port, _ := strconv.ParseInt(uri.Port(), 10, 0)

	d := gomail.NewDialer(uri.Hostname(), int(port), uri.User.Username(), password)
	d.LocalName = "idforge-identity"

	sslSkipVerify, _ := strconv.ParseBool(uri.Query().Get("skip_ssl_verify"))
	tlsConfig := &tls.Config{InsecureSkipVerify: sslSkipVerify, ServerName: uri.Hostname()}

	switch uri.Scheme {
	case "smtp":
		d.StartTLSPolicy = gomail.MandatoryStartTLS
		d.TLSConfig = tlsConfig
	case "smtps":
		d.SSL = true
		d.TLSConfig = tlsConfig
	default:
		return nil, errors.Errorf("unsupported SMTP scheme %q", uri.Scheme)
	}
	if uri.Query().Get("disable_starttls") == "true" {
		d.StartTLSPolicy = gomail.NoStartTLS
	}
	return d, nil
}

func (s *smtpClient) Dispatch(ctx context.Context, msg Message) error {
	d, err := s.dialer(ctx)
	if err != nil {
		return err
	}
	from := s.cfg.CourierSMTP(ctx)

	gm := gomail.NewMessage()
	gm.SetAddressHeader("From", from.FromAddress, from.FromName)
	gm.SetHeader("To", msg.Recipient)
	gm.SetHeader("Subject", msg.Subject)
	gm.SetBody("text/plain", msg.Body)

	return errors.WithStack(d.DialAndSend(gm))
}

var _ = url.Parse
