package data

import (
	"github.com/go-kratos/kratos/v2/log"
	"github.com/go-kratos/kratos/v2/middleware/recovery"
	"github.com/go-kratos/kratos/v2/middleware/tracing"
	"github.com/go-kratos/kratos/v2/registry"
	"github.com/go-kratos/kratos/v2/transport/grpc"
	tracesdk "go.opentelemetry.io/otel/sdk/trace"
	"context"

	catalogv1 "github.com/maltworks/hopstore/api/catalog/service/v1"
	"github.com/maltworks/hopstore/app/order/service/internal/biz"
)

const catalogServiceName = "hopstore.catalog.service"

// NewCatalogServiceClient dials the catalog service through consul.
func NewCatalogServiceClient(r registry.Discovery, tp *tracesdk.TracerProvider) catalogv1.CatalogClient {
	ctx, cancel := pingTimeout()
	defer cancel()
	conn, err := grpc.DialInsecure(
		ctx,
		grpc.WithEndpoint("discovery:///"+catalogServiceName),
		grpc.WithDiscovery(r),
		grpc.WithMiddleware(
			tracing.Client(tracing.WithTracerProvider(tp)),
			recovery.Recovery(),
		),
	)
	if err != nil {
		panic(err)
	}
	return catalogv1.NewCatalogClient(conn)
}

var _ biz.CatalogRepo = (*catalogRepo)(nil)

type catalogRepo struct {
	cc  catalogv1.CatalogClient
	log *log.Helper
}

func NewCatalogRepo(cc catalogv1.CatalogClient, logger log.Logger) biz.CatalogRepo {
	return &catalogRepo{cc: cc, log: log.NewHelper(log.With(logger, "module", "data/catalog"))}
}

func (r *catalogRepo) ReserveStock(ctx context.Context, orderID int64, items []biz.OrderItem) error {
	req := &catalogv1.ReserveStockReq{OrderId: orderID}
	for _, it := range items {
		req.Lines = append(req.Lines, &catalogv1.ReserveStockReq_Line{BeerId: it.ItemId, Quantity: it.Quantity})
	}
	_, err := r.cc.ReserveStock(ctx, req)
	return err
}
