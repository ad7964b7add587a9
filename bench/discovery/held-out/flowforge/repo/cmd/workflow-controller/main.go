package main

import (
	"context"
	"os"
	"time"

	log "github.com/sirupsen/logrus"
	"github.com/spf13/cobra"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/tools/clientcmd"

	wfclientset "github.com/kilnworks/flowforge/v3/pkg/client/clientset/versioned"
	"github.com/kilnworks/flowforge/v3/workflow/controller"
)

func NewRootCommand() *cobra.Command {
	var (
		clientConfig      clientcmd.ClientConfig
		configMap         string
		executorImage     string
		executorPullPolicy string
		workflowWorkers   int
		namespaced        bool
		managedNamespace  string
	)
	command := cobra.Command{
		Use:   "workflow-controller",
		Short: "workflow-controller is the controller to operate on Flowforge workflows",
		RunE: func(c *cobra.Command, args []string) error {
			restConfig, err := clientConfig.ClientConfig()
			if err != nil {
				return err
			}
			restConfig.QPS = 20
			restConfig.Burst = 30
			namespace, _, err := clientConfig.Namespace()
			if err != nil {
				return err
			}
			kubeclientset := kubernetes.NewForConfigOrDie(restConfig)
			wfclient := wfclientset.NewForConfigOrDie(restConfig)
			if !namespaced {
				managedNamespace = ""
			}
			ctx := context.Background()
			wfController, err := controller.NewWorkflowController(ctx, restConfig, kubeclientset, wfclient, namespace, managedNamespace, executorImage, executorPullPolicy, configMap)
			if err != nil {
				return err
			}
			go wfController.Run(ctx, workflowWorkers)
			<-ctx.Done()
			return nil
		},
	}
	clientConfig = addKubectlFlagsToCmd(&command)
	command.Flags().StringVar(&configMap, "configmap", envOr("FLOWFORGE_CONFIGMAP", "workflow-controller-configmap"), "Name of K8s configmap to retrieve workflow controller configuration")
	command.Flags().StringVar(&executorImage, "executor-image", "", "Executor image to use (overrides value in configmap)")
	command.Flags().StringVar(&executorPullPolicy, "executor-image-pull-policy", "", "Executor imagePullPolicy")
	command.Flags().IntVar(&workflowWorkers, "workflow-workers", 32, "Number of workflow workers")
	command.Flags().BoolVar(&namespaced, "namespaced", false, "run workflow-controller as namespaced mode")
	command.Flags().StringVar(&managedNamespace, "managed-namespace", "", "namespace that workflow-controller watches")
	return &command
}

func addKubectlFlagsToCmd(cmd *cobra.Command) clientcmd.ClientConfig {
	loadingRules := clientcmd.NewDefaultClientConfigLoadingRules()
	loadingRules.DefaultClientConfig = &clientcmd.DefaultClientConfig
	overrides := clientcmd.ConfigOverrides{}
	cmd.PersistentFlags().StringVar(&loadingRules.ExplicitPath, "kubeconfig", "", "Path to a kube config. Only required if out-of-cluster")
	return clientcmd.NewInteractiveDeferredLoadingClientConfig(loadingRules, &overrides, os.Stdin)
}

func envOr(key, def string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return def
}

func main() {
	log.SetFormatter(&log.TextFormatter{TimestampFormat: time.RFC3339, FullTimestamp: true})
	if err := NewRootCommand().Execute(); err != nil {
		log.Fatal(err)
	}
}
