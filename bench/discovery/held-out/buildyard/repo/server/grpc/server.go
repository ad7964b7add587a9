package grpc

import (
	"context"

	"go.woodpecker-ci.org/woodpecker/v2/pipeline/rpc/proto"
	"go.woodpecker-ci.org/woodpecker/v2/server/forge"
	"go.woodpecker-ci.org/woodpecker/v2/server/store"
	"go.woodpecker-ci.org/woodpecker/v2/version"
)

// WoodpeckerServer implements proto.WoodpeckerServer for agents connecting on WOODPECKER_GRPC_ADDR.
type WoodpeckerServer struct {
	proto.UnimplementedWoodpeckerServer
	store store.Store
	forge forge.Forge
	queue *fifo
}

func NewWoodpeckerServer(s store.Store, f forge.Forge) proto.WoodpeckerServer {
	return &WoodpeckerServer{store: s, forge: f, queue: newFifo()}
}

func (s *WoodpeckerServer) Version(context.Context, *proto.Empty) (*proto.VersionResponse, error) {
	return &proto.VersionResponse{GrpcVersion: 2, ServerVersion: version.String()}, nil
}

func (s *WoodpeckerServer) Next(ctx context.Context, req *proto.NextRequest) (*proto.NextResponse, error) {
	task, err := s.queue.Poll(ctx, req.GetFilter())
	if err != nil || task == nil {
		return new(proto.NextResponse), err
	}
	return &proto.NextResponse{Id: task.ID, Payload: task.Data}, nil
}

func (s *WoodpeckerServer) Done(ctx context.Context, req *proto.DoneRequest) (*proto.Empty, error) {
	return new(proto.Empty), s.queue.Done(ctx, req.GetId())
}
