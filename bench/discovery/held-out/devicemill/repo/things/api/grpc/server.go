// Package grpc exposes devicemill.things.v1.ThingsAuthzService, called by the
// http, mqtt, coap and ws adapters and by postgres-reader.
package grpc

import (
	"context"

	"github.com/devicemill/devicemill/things"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/structpb"
)

type server struct{ svc things.Service }

func (s *server) authorize(ctx context.Context, req *structpb.Struct) (*structpb.Struct, error) {
	id, err := s.svc.Authorize(ctx,
		req.Fields["thing_key"].GetStringValue(),
		req.Fields["channel_id"].GetStringValue(),
		req.Fields["permission"].GetStringValue())
	if err != nil {
		return nil, status.Error(codes.PermissionDenied, err.Error())
	}
	return structpb.NewStruct(map[string]interface{}{"thing_id": id, "authorized": true})
}

var serviceDesc = grpc.ServiceDesc{
	ServiceName: "devicemill.things.v1.ThingsAuthzService",
	HandlerType: (*interface{})(nil),
	Methods: []grpc.MethodDesc{{
		MethodName: "Authorize",
		Handler: func(srv interface{}, ctx context.Context, dec func(interface{}) error, _ grpc.UnaryServerInterceptor) (interface{}, error) {
			in := &structpb.Struct{}
			if err := dec(in); err != nil {
				return nil, err
			}
			return srv.(*server).authorize(ctx, in)
		},
	}},
	Metadata: "things/api/grpc/things.proto",
}

func Register(s *grpc.Server, svc things.Service) {
	s.RegisterService(&serviceDesc, &server{svc: svc})
}
