package kubernetes

import (
	"context"
	"os"

	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/rest"

	backend "go.woodpecker-ci.org/woodpecker/v2/pipeline/backend/types"
)

type kube struct {
	ctx    context.Context
	client kubernetes.Interface
	ns     string
}

// New returns the kubernetes backend. Selected only with WOODPECKER_BACKEND=kubernetes.
func New(ctx context.Context) backend.Backend { return &kube{ctx: ctx} }

func (e *kube) Name() string { return "kubernetes" }

func (e *kube) IsAvailable(context.Context) bool {
	host := os.Getenv("KUBERNETES_SERVICE_HOST")
	return len(host) > 0
}

func (e *kube) Load(ctx context.Context) (*backend.BackendInfo, error) {
	cfg, err := rest.InClusterConfig()
	if err != nil {
		return nil, err
	}
	e.client, err = kubernetes.NewForConfig(cfg)
	e.ns = os.Getenv("WOODPECKER_BACKEND_K8S_NAMESPACE")
	return &backend.BackendInfo{Platform: "linux/amd64"}, err
}

func (e *kube) SetupWorkflow(context.Context, string) error   { return nil }
func (e *kube) DestroyWorkflow(context.Context, string) error { return nil }
