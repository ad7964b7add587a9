package rpc

import (
	"context"

	"google.golang.org/grpc"

	"go.woodpecker-ci.org/woodpecker/v2/pipeline/rpc/proto"
)

type client struct {
	client proto.WoodpeckerClient
	conn   *grpc.ClientConn
}

// NewGrpcClient returns a new grpc Client talking to the woodpecker server.
func NewGrpcClient(conn *grpc.ClientConn) *client {
	return &client{client: proto.NewWoodpeckerClient(conn), conn: conn}
}

func (c *client) Next(ctx context.Context, labels map[string]string) (*proto.NextResponse, error) {
	return c.client.Next(ctx, &proto.NextRequest{Filter: labels})
}

func (c *client) Done(ctx context.Context, id string, exitCode int32, errMsg string) error {
	_, err := c.client.Done(ctx, &proto.DoneRequest{Id: id, ExitCode: exitCode, Error: errMsg})
	return err
}

func (c *client) Log(ctx context.Context, stepUUID string, data []byte) error {
	_, err := c.client.Log(ctx, &proto.LogRequest{StepUuid: stepUUID, Data: data})
	return err
}

func (c *client) RegisterAgent(ctx context.Context, platform, backend, version string, capacity int32) (int64, error) {
	res, err := c.client.RegisterAgent(ctx, &proto.RegisterAgentRequest{Platform: platform, Backend: backend, Version: version, Capacity: capacity})
	if err != nil {
		return 0, err
	}
	return res.GetAgentId(), nil
}
