package main

import (
	"context"
	"fmt"

	"github.com/birchline/pulsebook/internal/common/genproto/users"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// GrpcServer is called by trainings (USERS_GRPC_ADDR).
type GrpcServer struct {
	db db
}

func (g GrpcServer) GetTrainingBalance(ctx context.Context, request *users.GetTrainingBalanceRequest) (*users.GetTrainingBalanceResponse, error) {
	user, err := g.db.GetUser(ctx, request.UserId)
	if err != nil {
		return nil, status.Error(codes.Internal, err.Error())
	}

	return &users.GetTrainingBalanceResponse{Amount: user.Balance}, nil
}

func (g GrpcServer) UpdateTrainingBalance(
	ctx context.Context,
	req *users.UpdateTrainingBalanceRequest,
) (*users.EmptyResponse, error) {
	err := g.db.UpdateBalance(ctx, req.UserId, int(req.AmountChange))
	if err != nil {
		return nil, status.Error(codes.Internal, fmt.Sprintf("failed to update balance: %s", err))
	}

	return &users.EmptyResponse{}, nil
}
