package apiserver

import (
	"context"
	"fmt"
	"net"
	"net/http"

	"github.com/grpc-ecosystem/grpc-gateway/runtime"
	log "github.com/sirupsen/logrus"
	"google.golang.org/grpc"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/rest"

	"github.com/kilnworks/flowforge/v3/config"
	"github.com/kilnworks/flowforge/v3/persist/sqldb"
	workflowpkg "github.com/kilnworks/flowforge/v3/pkg/apiclient/workflow"
	wfclientset "github.com/kilnworks/flowforge/v3/pkg/client/clientset/versioned"
	"github.com/kilnworks/flowforge/v3/server/artifacts"
	"github.com/kilnworks/flowforge/v3/server/auth"
	"github.com/kilnworks/flowforge/v3/server/auth/sso"
	"github.com/kilnworks/flowforge/v3/server/static"
	"github.com/kilnworks/flowforge/v3/server/workflow"
	"github.com/kilnworks/flowforge/v3/server/workflowarchive"
)

type Options struct {
	BaseHRef, Namespace, ManagedNamespace, ConfigName, AccessControlAllowOrigin string
	Secure     bool
	AuthModes  []string
	Port       int
	RestConfig *rest.Config
	KubeClient kubernetes.Interface
	WfClient   wfclientset.Interface
}

type flowforgeServer struct {
	opts       Options
	gatekeeper auth.Gatekeeper
	wfArchive  sqldb.WorkflowArchive
	cfg        *config.Config
}

func NewServer(ctx context.Context, opts Options) (*flowforgeServer, error) {
	cfg, err := config.Load(ctx, opts.KubeClient, opts.Namespace, opts.ConfigName)
	if err != nil {
		return nil, err
	}
	var ssoIf sso.Interface = sso.NullSSO
	if contains(opts.AuthModes, "sso") {
		ssoIf, err = sso.New(ctx, cfg.SSO, opts.KubeClient.CoreV1().Secrets(opts.Namespace), opts.BaseHRef, opts.Secure)
		if err != nil {
			return nil, err
		}
		log.Info("SSO enabled")
	}
	gatekeeper, err := auth.NewGatekeeper(opts.AuthModes, opts.WfClient, opts.KubeClient, opts.RestConfig, ssoIf)
	if err != nil {
		return nil, err
	}
	s := &flowforgeServer{opts: opts, gatekeeper: gatekeeper, cfg: cfg, wfArchive: sqldb.NullWorkflowArchive}
	if cfg.Persistence != nil {
		session, err := sqldb.CreateDBSession(opts.KubeClient, opts.Namespace, cfg.Persistence)
		if err != nil {
			return nil, err
		}
		if cfg.Persistence.Archive {
			s.wfArchive = sqldb.NewWorkflowArchive(session, cfg.Persistence.GetClusterName())
		}
	}
	return s, nil
}

func (as *flowforgeServer) Run(ctx context.Context) error {
	grpcServer := grpc.NewServer(grpc.UnaryInterceptor(as.gatekeeper.UnaryServerInterceptor()))
	workflowpkg.RegisterWorkflowServiceServer(grpcServer, workflow.NewWorkflowServer(as.opts.ManagedNamespace, as.wfArchive))
	workflowpkg.RegisterArchivedWorkflowServiceServer(grpcServer, workflowarchive.NewWorkflowArchiveServer(as.wfArchive))

	gwmux := runtime.NewServeMux()
	dialOpts := []grpc.DialOption{grpc.WithInsecure()}
	addr := fmt.Sprintf("localhost:%d", as.opts.Port)
	if err := workflowpkg.RegisterWorkflowServiceHandlerFromEndpoint(ctx, gwmux, addr, dialOpts); err != nil {
		return err
	}

	mux := http.NewServeMux()
	mux.Handle("/api/", gwmux)
	artifactServer := artifacts.NewArtifactServer(as.gatekeeper, as.opts.WfClient, as.opts.KubeClient, as.wfArchive, as.cfg.ArtifactRepository)
	mux.HandleFunc("/artifacts/", artifactServer.GetOutputArtifact)
	mux.HandleFunc("/artifact-files/", artifactServer.GetArtifactFile)
	mux.HandleFunc("/oauth2/redirect", as.gatekeeper.SSO().HandleRedirect)
	mux.HandleFunc("/oauth2/callback", as.gatekeeper.SSO().HandleCallback)
	mux.Handle("/", static.NewFilesServer(as.opts.BaseHRef, as.opts.AccessControlAllowOrigin))

	lis, err := net.Listen("tcp", fmt.Sprintf(":%d", as.opts.Port))
	if err != nil {
		return err
	}
	go func() { _ = grpcServer.Serve(lis) }()
	return http.ListenAndServe(fmt.Sprintf(":%d", as.opts.Port+1), mux)
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}
