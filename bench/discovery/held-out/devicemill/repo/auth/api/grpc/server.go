// Package grpc exposes devicemill.auth.v1.AuthService (Identify, Authorize, AddPolicy).
package grpc

import (
	"context"

	"github.com/devicemill/devicemill/auth"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/structpb"
)

type server struct{ svc *auth.Service }

type unary func(s *server, ctx context.Context, in *structpb.Struct) (*structpb.Struct, error)

func str(in *structpb.Struct, k string) string { return in.Fields[k].GetStringValue() }

var methods = map[string]unary{
	"Identify": func(s *server, ctx context.Context, in *structpb.Struct) (*structpb.Struct, error) {
		uid, did, err := s.svc.Identify(ctx, str(in, "token"))
		if err != nil {
			return nil, status.Error(codes.Unauthenticated, err.Error())
		}
		return structpb.NewStruct(map[string]interface{}{"user_id": uid, "domain_id": did})
	},
	"Authorize": func(s *server, ctx context.Context, in *structpb.Struct) (*structpb.Struct, error) {
		ok, err := s.svc.Authorize(ctx, str(in, "subject"), str(in, "permission"), str(in, "object_type"), str(in, "object"))
		if err != nil {
			return nil, status.Error(codes.Internal, err.Error())
		}
		return structpb.NewStruct(map[string]interface{}{"authorized": ok})
	},
	"AddPolicy": func(s *server, ctx context.Context, in *structpb.Struct) (*structpb.Struct, error) {
		err := s.svc.AddPolicy(ctx, str(in, "subject"), str(in, "relation"), str(in, "object_type"), str(in, "object"))
		if err != nil {
			return nil, status.Error(codes.Internal, err.Error())
		}
		return structpb.NewStruct(map[string]interface{}{"added": true})
	},
}

func Register(g *grpc.Server, svc *auth.Service) {
	desc := grpc.ServiceDesc{ServiceName: "devicemill.auth.v1.AuthService", HandlerType: (*interface{})(nil), Metadata: "auth.proto"}
	for name, fn := range methods {
		fn := fn
		desc.Methods = append(desc.Methods, grpc.MethodDesc{
			MethodName: name,
			Handler: func(srv interface{}, ctx context.Context, dec func(interface{}) error, _ grpc.UnaryServerInterceptor) (interface{}, error) {
				in := &structpb.Struct{}
				if err := dec(in); err != nil {
					return nil, err
				}
				return fn(srv.(*server), ctx, in)
			},
		})
	}
	g.RegisterService(&desc, &server{svc: svc})
}
