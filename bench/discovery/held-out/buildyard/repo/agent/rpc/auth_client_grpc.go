package rpc

import (
	"context"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/metadata"

	"go.woodpecker-ci.org/woodpecker/v2/pipeline/rpc/proto"
)

type AuthClient struct {
	client     proto.WoodpeckerAuthClient
	agentToken string
	agentID    int64
}

func NewAuthGrpcClient(conn *grpc.ClientConn, agentToken string, agentID int64) *AuthClient {
	return &AuthClient{client: proto.NewWoodpeckerAuthClient(conn), agentToken: agentToken, agentID: agentID}
}

func (c *AuthClient) Auth(ctx context.Context) (string, int64, error) {
	res, err := c.client.Auth(ctx, &proto.AuthRequest{AgentToken: c.agentToken, AgentId: c.agentID})
	if err != nil {
		return "", -1, err
	}
	return res.GetAccessToken(), res.GetAgentId(), nil
}

type AuthInterceptor struct {
	authClient  *AuthClient
	accessToken string
}

func NewAuthInterceptor(ctx context.Context, c *AuthClient, refresh time.Duration) (*AuthInterceptor, error) {
	tok, _, err := c.Auth(ctx)
	return &AuthInterceptor{authClient: c, accessToken: tok}, err
}

func (i *AuthInterceptor) Unary() grpc.UnaryClientInterceptor {
	return func(ctx context.Context, method string, req, reply any, cc *grpc.ClientConn, invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
		return invoker(metadata.AppendToOutgoingContext(ctx, "token", i.accessToken), method, req, reply, cc, opts...)
	}
}

func (i *AuthInterceptor) Stream() grpc.StreamClientInterceptor {
	return func(ctx context.Context, desc *grpc.StreamDesc, cc *grpc.ClientConn, method string, streamer grpc.Streamer, opts ...grpc.CallOption) (grpc.ClientStream, error) {
		return streamer(metadata.AppendToOutgoingContext(ctx, "token", i.accessToken), desc, cc, method, opts...)
	}
}
