package server

import (
	"context"
	nethttp "net/http"

	"github.com/go-kratos/kratos/v2/log"
	"github.com/go-kratos/kratos/v2/middleware/auth/jwt"
	"github.com/go-kratos/kratos/v2/middleware/logging"
	"github.com/go-kratos/kratos/v2/middleware/recovery"
	"github.com/go-kratos/kratos/v2/middleware/selector"
	"github.com/go-kratos/kratos/v2/middleware/tracing"
	"github.com/go-kratos/kratos/v2/transport/http"
	jwtv4 "github.com/golang-jwt/jwt/v4"
	"github.com/google/wire"
	tracesdk "go.opentelemetry.io/otel/sdk/trace"

	v1 "github.com/maltworks/hopstore/api/admin/interface/v1"
	"github.com/maltworks/hopstore/app/admin/interface/internal/conf"
	"github.com/maltworks/hopstore/app/admin/interface/internal/service"
)

// ProviderSet is server providers.
var ProviderSet = wire.NewSet(NewHTTPServer)

// NewHTTPServer serves the back-office API.
func NewHTTPServer(c *conf.Server, ac *conf.Auth, logger log.Logger, tp *tracesdk.TracerProvider, s *service.AdminInterface) *http.Server {
	var opts = []http.ServerOption{
		http.Middleware(
			recovery.Recovery(),
			tracing.Server(tracing.WithTracerProvider(tp)),
			logging.Server(logger),
			selector.Server(
				jwt.Server(func(token *jwtv4.Token) (interface{}, error) {
					return []byte(ac.Key), nil
				}, jwt.WithSigningMethod(jwtv4.SigningMethodHS256)),
			).Match(func(_ context.Context, operation string) bool {
				return operation != "/admin.interface.v1.AdminInterface/Login"
			}).Build(),
		),
	}
	if c.Http.Addr != "" {
		opts = append(opts, http.Address(c.Http.Addr))
	}
	if c.Http.Timeout != nil {
		opts = append(opts, http.Timeout(c.Http.Timeout.AsDuration()))
	}
	srv := http.NewServer(opts...)
	srv.HandleFunc("/healthz", func(w nethttp.ResponseWriter, _ *nethttp.Request) { w.WriteHeader(nethttp.StatusOK) })
	v1.RegisterAdminInterfaceHTTPServer(srv, s)
	return srv
}
