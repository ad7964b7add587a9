package grpc

import (
	"context"
	"log/slog"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/brewline-labs/brewline/internal/product/domain"
	"github.com/brewline-labs/brewline/proto/gen"
)

type productGRPCServer struct {
	gen.UnimplementedProductServiceServer
	uc domain.ProductUseCase
}

func NewProductGRPCServer(grpcServer *grpc.Server, uc domain.ProductUseCase) gen.ProductServiceServer {
	svc := &productGRPCServer{uc: uc}
	gen.RegisterProductServiceServer(grpcServer, svc)

	return svc
}

func (g *productGRPCServer) GetItemTypes(ctx context.Context, _ *gen.GetItemTypesRequest) (*gen.GetItemTypesResponse, error) {
	slog.Debug("gRPC client called GetItemTypes")

	items, err := g.uc.GetItemTypes(ctx)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}

	res := &gen.GetItemTypesResponse{}
	for _, it := range items {
		res.ItemTypes = append(res.ItemTypes, &gen.ItemTypeDto{
			Name:  it.Name,
			Type:  int32(it.Type),
			Price: it.Price,
			Image: it.Image,
		})
	}

	return res, nil
}

func (g *productGRPCServer) GetItemsByType(ctx context.Context, req *gen.GetItemsByTypeRequest) (*gen.GetItemsByTypeResponse, error) {
	slog.Debug("gRPC client called GetItemsByType", "item_types", req.GetItemTypes())

	items, err := g.uc.GetItemsByType(ctx, req.GetItemTypes())
	if err != nil {
		return nil, status.Error(codes.InvalidArgument, err.Error())
	}

	res := &gen.GetItemsByTypeResponse{}
	for _, it := range items {
		res.Items = append(res.Items, &gen.ItemDto{Price: it.Price, Type: int32(it.Type)})
	}

	return res, nil
}
