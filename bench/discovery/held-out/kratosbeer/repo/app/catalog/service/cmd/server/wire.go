//go:build wireinject
// +build wireinject

// The build tag makes sure the stub is not built in the final build.

package main

import (
	"github.com/go-kratos/kratos/v2"
	"github.com/go-kratos/kratos/v2/log"
	"github.com/google/wire"
	tracesdk "go.opentelemetry.io/otel/sdk/trace"

	"github.com/maltworks/hopstore/app/catalog/service/internal/biz"
	"github.com/maltworks/hopstore/app/catalog/service/internal/conf"
	"github.com/maltworks/hopstore/app/catalog/service/internal/data"
	"github.com/maltworks/hopstore/app/catalog/service/internal/server"
	"github.com/maltworks/hopstore/app/catalog/service/internal/service"
)

// wireApp init kratos application.
func wireApp(*conf.Server, *conf.Registry, *conf.Data, log.Logger, *tracesdk.TracerProvider) (*kratos.App, func(), error) {
	panic(wire.Build(server.ProviderSet, data.ProviderSet, biz.ProviderSet, service.ProviderSet, newApp))
}
