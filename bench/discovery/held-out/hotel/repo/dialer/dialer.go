// Package dialer wraps grpc.Dial with the options every Harborlight client uses:
// tracing interceptors, keepalives, optional TLS and consul-based name resolution.
package dialer

import (
	"fmt"
	"time"

	"github.com/harborlight/hotelres/tls"
	_ "github.com/mbobakov/grpc-consul-resolver" // registers the consul:// resolver
	otgrpc "github.com/opentracing-contrib/go-grpc"
	opentracing "github.com/opentracing/opentracing-go"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/keepalive"
)

// DialOption allows optional config for dialer
type DialOption func(name string) (grpc.DialOption, error)

// WithTracer traces rpc calls
func WithTracer(tracer opentracing.Tracer) DialOption {
	return func(name string) (grpc.DialOption, error) {
		return grpc.WithUnaryInterceptor(otgrpc.OpenTracingClientInterceptor(tracer)), nil
	}
}

// WithBalancer enables round-robin over the instances consul returns.
func WithBalancer() DialOption {
	return func(name string) (grpc.DialOption, error) {
		return grpc.WithDefaultServiceConfig(`{"loadBalancingPolicy": "round_robin"}`), nil
	}
}

// Dial returns a load balanced grpc client conn with tracing interceptor.
// target is normally "consul://<consul addr>/<registered service name>".
func Dial(target string, opts ...DialOption) (*grpc.ClientConn, error) {
	dialopts := []grpc.DialOption{
		grpc.WithKeepaliveParams(keepalive.ClientParameters{
			Timeout:             120 * time.Second,
			PermitWithoutStream: true,
		}),
	}
	if tlsopt := tls.GetDialOpt(); tlsopt != nil {
		dialopts = append(dialopts, tlsopt)
	} else {
		dialopts = append(dialopts, grpc.WithTransportCredentials(insecure.NewCredentials()))
	}
	for _, fn := range opts {
		opt, err := fn(target)
		if err != nil {
			return nil, fmt.Errorf("config error: %v", err)
		}
		dialopts = append(dialopts, opt)
	}

	conn, err := grpc.Dial(target, dialopts...)
	if err != nil {
		return nil, fmt.Errorf("failed to dial %s: %v", target, err)
	}
	return conn, nil
}
