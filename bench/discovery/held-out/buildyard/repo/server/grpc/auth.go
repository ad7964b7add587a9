package grpc

import (
	"context"
	"errors"

	"google.golang.org/grpc"
	"google.golang.org/grpc/metadata"

	"go.woodpecker-ci.org/woodpecker/v2/pipeline/rpc/proto"
	"go.woodpecker-ci.org/woodpecker/v2/server/store"
)

type Authorizer struct{ jwtSecret string }

func NewAuthorizer(secret string) *Authorizer { return &Authorizer{jwtSecret: secret} }

func (a *Authorizer) authorize(ctx context.Context, method string) error {
	if method == "/proto.WoodpeckerAuth/Auth" {
		return nil
	}
	md, ok := metadata.FromIncomingContext(ctx)
	if !ok || len(md["token"]) == 0 {
		return errors.New("token is missing")
	}
	return nil
}

func (a *Authorizer) UnaryInterceptor(ctx context.Context, req any, info *grpc.UnaryServerInfo, h grpc.UnaryHandler) (any, error) {
	if err := a.authorize(ctx, info.FullMethod); err != nil {
		return nil, err
	}
	return h(ctx, req)
}

func (a *Authorizer) StreamInterceptor(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, h grpc.StreamHandler) error {
	if err := a.authorize(ss.Context(), info.FullMethod); err != nil {
		return err
	}
	return h(srv, ss)
}

type WoodpeckerAuthServer struct {
	proto.UnimplementedWoodpeckerAuthServer
	agentMasterToken string
	jwtSecret        string
	store            store.Store
}

func NewWoodpeckerAuthServer(agentToken, jwtSecret string, s store.Store) proto.WoodpeckerAuthServer {
	return &WoodpeckerAuthServer{agentMasterToken: agentToken, jwtSecret: jwtSecret, store: s}
}

func (s *WoodpeckerAuthServer) Auth(_ context.Context, req *proto.AuthRequest) (*proto.AuthResponse, error) {
	if req.GetAgentToken() != s.agentMasterToken {
		return nil, errors.New("invalid agent token")
	}
	return &proto.AuthResponse{Status: "ok", AgentId: req.GetAgentId(), AccessToken: "jwt"}, nil
}
