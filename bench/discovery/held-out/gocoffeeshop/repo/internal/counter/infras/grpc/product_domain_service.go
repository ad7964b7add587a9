package grpc

import (
	"context"
	"fmt"
	"log/slog"
	"strconv"
	"strings"

	"github.com/pkg/errors"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/brewline-labs/brewline/internal/counter/config"
	"github.com/brewline-labs/brewline/internal/counter/domain"
	"github.com/brewline-labs/brewline/proto/gen"
)

type productGRPCClient struct {
	conn *grpc.ClientConn
}

var _ domain.ProductDomainService = (*productGRPCClient)(nil)

// NewGRPCProductClient dials the product service at PRODUCT_CLIENT_URL
// (e.g. product:5001 in docker-compose).
func NewGRPCProductClient(cfg *config.Config) (domain.ProductDomainService, func(), error) {
	conn, err := grpc.Dial(cfg.ProductClient.URL, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		return nil, nil, errors.Wrapf(err, "grpc.Dial product at %s", cfg.ProductClient.URL)
	}

	slog.Info("product gRPC client ready", "target", cfg.ProductClient.URL)

	return &productGRPCClient{conn: conn}, func() { _ = conn.Close() }, nil
}

func (p *productGRPCClient) GetItemsByType(ctx context.Context, model *domain.PlaceOrderModel, isBarista bool) ([]*domain.ItemModel, error) {
	c := gen.NewProductServiceClient(p.conn)

	itemTypes := make([]string, 0)

	source := model.KitchenItems
	if isBarista {
		source = model.BaristaItems
	}

	for _, it := range source {
		itemTypes = append(itemTypes, strconv.Itoa(int(it.ItemType)))
	}

	res, err := c.GetItemsByType(ctx, &gen.GetItemsByTypeRequest{ItemTypes: strings.Join(itemTypes, ",")})
	if err != nil {
		return nil, fmt.Errorf("product.GetItemsByType: %w", err)
	}

	results := make([]*domain.ItemModel, 0, len(res.Items))
	for _, item := range res.Items {
		results = append(results, &domain.ItemModel{ItemType: int(item.Type), Price: item.Price})
	}

	return results, nil
}
