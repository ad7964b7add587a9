package auth

import (
	"context"
	"strings"

	"google.golang.org/grpc"
	"google.golang.org/grpc/metadata"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/rest"

	wfclientset "github.com/kilnworks/flowforge/v3/pkg/client/clientset/versioned"
	"github.com/kilnworks/flowforge/v3/server/auth/sso"
)

type Gatekeeper interface {
	UnaryServerInterceptor() grpc.UnaryServerInterceptor
	SSO() sso.Interface
}

type gatekeeper struct {
	modes      []string
	wfClient   wfclientset.Interface
	kubeClient kubernetes.Interface
	restConfig *rest.Config
	ssoIf      sso.Interface
}

func NewGatekeeper(modes []string, wfClient wfclientset.Interface, kubeClient kubernetes.Interface, restConfig *rest.Config, ssoIf sso.Interface) (Gatekeeper, error) {
	return &gatekeeper{modes: modes, wfClient: wfClient, kubeClient: kubeClient, restConfig: restConfig, ssoIf: ssoIf}, nil
}

func (g *gatekeeper) SSO() sso.Interface { return g.ssoIf }

func (g *gatekeeper) UnaryServerInterceptor() grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req interface{}, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (interface{}, error) {
		md, _ := metadata.FromIncomingContext(ctx)
		if auth := md.Get("authorization"); len(auth) > 0 && strings.HasPrefix(auth[0], "Bearer v2:") {
			if _, err := g.ssoIf.Authorize(strings.TrimPrefix(auth[0], "Bearer v2:")); err != nil {
				return nil, err
			}
		}
		return handler(ctx, req)
	}
}

type wfClientKey struct{}

// GetWfClient returns the per-request client built from the caller's bearer token (or the server's own).
func GetWfClient(ctx context.Context) wfclientset.Interface {
	return ctx.Value(wfClientKey{}).(wfclientset.Interface)
}
