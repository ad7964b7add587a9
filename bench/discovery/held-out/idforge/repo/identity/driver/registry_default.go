// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package driver

import (
	"context"

	"github.com/sirupsen/logrus"
	"github.com/spf13/pflag"

	"github.com/idforge/idforge/identity/courier"
	"github.com/idforge/idforge/identity/driver/config"
	"github.com/idforge/idforge/identity/identity"
	"github.com/idforge/idforge/identity/oauth2provider"
	"github.com/idforge/idforge/identity/persistence/sql"
	"github.com/idforge/idforge/identity/selfservice"
	"github.com/idforge/idforge/identity/selfservice/hook"
	"github.com/idforge/idforge/identity/session"
)

type RegistryDefault struct {
	c         *config.Config
	l         *logrus.Logger
	persister *sql.Persister
	courier   *courier.Courier
	oauth2    oauth2provider.Client
	sessionH  *session.Handler
	identityH *identity.Handler
	ssH       *selfservice.Handlers
	webHooks  *hook.WebHookExecutor
}

func New(ctx context.Context, flags *pflag.FlagSet, dev bool) (*RegistryDefault, error) {
	c, err := config.New(ctx, flags)
	if err != nil {
		return nil, err
	}
	r := &RegistryDefault{c: c, l: logrus.New()}

	p, err := sql.NewPersister(ctx, c.DSN(ctx), r.l)
	if err != nil {
		return nil, err
	}
	r.persister = p
	r.courier = courier.NewCourier(c, p, r.l)
	r.oauth2 = oauth2provider.NewDefaultClient(c)
	r.webHooks = hook.NewWebHookExecutor(r.l)
	r.sessionH = session.NewHandler(p, c)
	r.identityH = identity.NewHandler(p)
	r.ssH = selfservice.NewHandlers(c, p, r.oauth2, r.webHooks, r.courier)
	return r, nil
}

func (r *RegistryDefault) Config() *config.Config                   { return r.c }
func (r *RegistryDefault) Logger() *logrus.Logger                   { return r.l }
func (r *RegistryDefault) Persister() *sql.Persister                { return r.persister }
func (r *RegistryDefault) Courier() *courier.Courier                { return r.courier }
func (r *RegistryDefault) SessionHandler() *session.Handler         { return r.sessionH }
func (r *RegistryDefault) IdentityHandler() *identity.Handler       { return r.identityH }
func (r *RegistryDefault) SelfServiceHandlers() *selfservice.Handlers { return r.ssH }
