package server

import (
	"context"
	nethttp "net/http"

	"github.com/go-kratos/kratos/v2/log"
	"github.com/go-kratos/kratos/v2/middleware"
	"github.com/go-kratos/kratos/v2/middleware/auth/jwt"
	"github.com/go-kratos/kratos/v2/middleware/logging"
	"github.com/go-kratos/kratos/v2/middleware/recovery"
	"github.com/go-kratos/kratos/v2/middleware/selector"
	"github.com/go-kratos/kratos/v2/middleware/tracing"
	"github.com/go-kratos/kratos/v2/transport/grpc"
	"github.com/go-kratos/kratos/v2/transport/http"
	jwtv4 "github.com/golang-jwt/jwt/v4"
	"github.com/google/wire"
	"github.com/gorilla/handlers"
	tracesdk "go.opentelemetry.io/otel/sdk/trace"

	v1 "github.com/maltworks/hopstore/api/shop/interface/v1"
	"github.com/maltworks/hopstore/app/shop/interface/internal/conf"
	"github.com/maltworks/hopstore/app/shop/interface/internal/service"
)

// ProviderSet is server providers.
var ProviderSet = wire.NewSet(NewHTTPServer, NewGRPCServer)

// public operations that do not need a bearer token
func newWhiteListMatcher() selector.MatchFunc {
	whiteList := map[string]struct{}{
		"/shop.interface.v1.ShopInterface/Login":    {},
		"/shop.interface.v1.ShopInterface/Register": {},
		"/shop.interface.v1.ShopInterface/ListBeer": {},
		"/shop.interface.v1.ShopInterface/GetBeer":  {},
	}
	return func(ctx context.Context, operation string) bool {
		_, ok := whiteList[operation]
		return !ok
	}
}

// authMiddleware validates HS256 tokens issued by biz.UserUseCase.Login (no external IdP).
func authMiddleware(ac *conf.Auth) middleware.Middleware {
	return selector.Server(
		jwt.Server(func(token *jwtv4.Token) (interface{}, error) {
			return []byte(ac.Key), nil
		}, jwt.WithSigningMethod(jwtv4.SigningMethodHS256)),
	).Match(newWhiteListMatcher()).Build()
}

// NewHTTPServer serves the storefront JSON API consumed by web/shop.
func NewHTTPServer(c *conf.Server, ac *conf.Auth, logger log.Logger, tp *tracesdk.TracerProvider, s *service.ShopInterface) *http.Server {
	var opts = []http.ServerOption{
		http.Middleware(
			recovery.Recovery(),
			tracing.Server(tracing.WithTracerProvider(tp)),
			logging.Server(logger),
			authMiddleware(ac),
		),
		http.Filter(handlers.CORS(
			handlers.AllowedHeaders([]string{"X-Requested-With", "Content-Type", "Authorization"}),
			handlers.AllowedMethods([]string{"GET", "POST", "PUT", "DELETE", "OPTIONS"}),
			handlers.AllowedOrigins([]string{"*"}),
		)),
	}
	if c.Http.Network != "" {
		opts = append(opts, http.Network(c.Http.Network))
	}
	if c.Http.Addr != "" {
		opts = append(opts, http.Address(c.Http.Addr))
	}
	if c.Http.Timeout != nil {
		opts = append(opts, http.Timeout(c.Http.Timeout.AsDuration()))
	}
	srv := http.NewServer(opts...)
	srv.HandleFunc("/healthz", func(w nethttp.ResponseWriter, r *nethttp.Request) {
		w.WriteHeader(nethttp.StatusOK)
		_, _ = w.Write([]byte("ok"))
	})
	v1.RegisterShopInterfaceHTTPServer(srv, s)
	return srv
}

// NewGRPCServer exposes the same API over gRPC (used by the mobile app).
func NewGRPCServer(c *conf.Server, ac *conf.Auth, logger log.Logger, tp *tracesdk.TracerProvider, s *service.ShopInterface) *grpc.Server {
	var opts = []grpc.ServerOption{
		grpc.Middleware(
			recovery.Recovery(),
			tracing.Server(tracing.WithTracerProvider(tp)),
			logging.Server(logger),
			authMiddleware(ac),
		),
	}
	if c.Grpc.Addr != "" {
		opts = append(opts, grpc.Address(c.Grpc.Addr))
	}
	if c.Grpc.Timeout != nil {
		opts = append(opts, grpc.Timeout(c.Grpc.Timeout.AsDuration()))
	}
	srv := grpc.NewServer(opts...)
	v1.RegisterShopInterfaceServer(srv, s)
	return srv
}
