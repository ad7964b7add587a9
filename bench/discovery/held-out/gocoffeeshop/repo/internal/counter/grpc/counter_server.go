package grpc

import (
	"context"
	"log/slog"

	"github.com/google/uuid"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/brewline-labs/brewline/internal/counter/domain"
	"github.com/brewline-labs/brewline/proto/gen"
)

type counterGRPCServer struct {
	gen.UnimplementedCounterServiceServer
	uc domain.OrderUseCase
}

var _ gen.CounterServiceServer = (*counterGRPCServer)(nil)

func NewGRPCCounterServer(grpcServer *grpc.Server, uc domain.OrderUseCase) gen.CounterServiceServer {
	svc := &counterGRPCServer{uc: uc}
	gen.RegisterCounterServiceServer(grpcServer, svc)

	return svc
}

func (g *counterGRPCServer) GetListOrderFulfillment(ctx context.Context, _ *gen.GetListOrderFulfillmentRequest) (*gen.GetListOrderFulfillmentResponse, error) {
	slog.Debug("GET: GetListOrderFulfillment")

	entities, err := g.uc.GetListOrderFulfillment(ctx)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}

	res := &gen.GetListOrderFulfillmentResponse{}

	for _, e := range entities {
		o := &gen.OrderDto{
			Id:              e.ID.String(),
			OrderSource:     int32(e.OrderSource),
			LoyaltyMemberId: e.LoyaltyMemberID.String(),
			OrderStatus:     int32(e.OrderStatus),
			Location:        int32(e.Location),
		}

		for _, li := range e.LineItems {
			o.LineItems = append(o.LineItems, &gen.LineItemDto{
				Id:             li.ID.String(),
				ItemType:       int32(li.ItemType),
				Name:           li.Name,
				Price:          li.Price,
				ItemStatus:     int32(li.ItemStatus),
				IsBaristaOrder: li.IsBaristaOrder,
			})
		}

		res.Orders = append(res.Orders, o)
	}

	return res, nil
}

func (g *counterGRPCServer) PlaceOrder(ctx context.Context, request *gen.PlaceOrderRequest) (*gen.PlaceOrderResponse, error) {
	slog.Debug("POST: PlaceOrder", "loyalty_member_id", request.LoyaltyMemberId)

	loyaltyMemberID, err := uuid.Parse(request.LoyaltyMemberId)
	if err != nil {
		return nil, status.Errorf(codes.InvalidArgument, "loyaltyMemberId: %v", err)
	}

	model := &domain.PlaceOrderModel{
		CommandType:     request.CommandType,
		OrderSource:     request.OrderSource,
		Location:        request.Location,
		LoyaltyMemberID: loyaltyMemberID,
		BaristaItems:    request.BaristaItems,
		KitchenItems:    request.KitchenItems,
	}

	if err := g.uc.PlaceOrder(ctx, model); err != nil {
		slog.Error("PlaceOrder failed", "err", err)

		return nil, status.Error(codes.Internal, err.Error())
	}

	return &gen.PlaceOrderResponse{}, nil
}
