package commands

import (
	"context"
	"os"

	log "github.com/sirupsen/logrus"
	"github.com/spf13/cobra"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/tools/clientcmd"

	wfclientset "github.com/kilnworks/flowforge/v3/pkg/client/clientset/versioned"
	"github.com/kilnworks/flowforge/v3/server/apiserver"
)

func NewServerCommand() *cobra.Command {
	var (
		port       int
		baseHRef   string
		secure     bool
		authModes  []string
		configMap  string
		namespaced bool
		managedNamespace string
		accessControlAllowOrigin string
	)
	command := cobra.Command{
		Use:   "server",
		Short: "start the Flowforge Server",
		RunE: func(c *cobra.Command, args []string) error {
			loadingRules := clientcmd.NewDefaultClientConfigLoadingRules()
			clientConfig := clientcmd.NewNonInteractiveDeferredLoadingClientConfig(loadingRules, &clientcmd.ConfigOverrides{})
			restConfig, err := clientConfig.ClientConfig()
			if err != nil {
				return err
			}
			namespace, _, err := clientConfig.Namespace()
			if err != nil {
				return err
			}
			opts := apiserver.Options{
				BaseHRef:                 baseHRef,
				Namespace:                namespace,
				ManagedNamespace:         managedNamespace,
				Secure:                   secure,
				AuthModes:                authModes,
				ConfigName:               configMap,
				Port:                     port,
				AccessControlAllowOrigin: accessControlAllowOrigin,
				RestConfig:               restConfig,
				KubeClient:               kubernetes.NewForConfigOrDie(restConfig),
				WfClient:                 wfclientset.NewForConfigOrDie(restConfig),
			}
			server, err := apiserver.NewServer(context.Background(), opts)
			if err != nil {
				return err
			}
			log.WithField("port", port).Info("starting Flowforge Server")
			return server.Run(context.Background())
		},
	}
	defaultBaseHRef := os.Getenv("BASE_HREF")
	if defaultBaseHRef == "" {
		defaultBaseHRef = "/"
	}
	command.Flags().IntVarP(&port, "port", "p", 2746, "Port to listen on")
	command.Flags().StringVar(&baseHRef, "basehref", defaultBaseHRef, "Value for base href in index.html")
	command.Flags().BoolVar(&secure, "secure", true, "Whether or not we should listen on TLS.")
	command.Flags().StringSliceVar(&authModes, "auth-mode", []string{"client"}, "API server authentication mode: client, server, sso")
	command.Flags().StringVar(&configMap, "configmap", "workflow-controller-configmap", "Name of K8s configmap to retrieve workflow controller configuration")
	command.Flags().BoolVar(&namespaced, "namespaced", false, "run as namespaced mode")
	command.Flags().StringVar(&managedNamespace, "managed-namespace", "", "namespace that watches")
	command.Flags().StringVar(&accessControlAllowOrigin, "access-control-allow-origin", "", "Set Access-Control-Allow-Origin header in HTTP responses.")
	return &command
}
