package commands

import (
	"encoding/json"
	"os"

	log "github.com/sirupsen/logrus"
	"github.com/spf13/cobra"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/rest"

	"github.com/kilnworks/flowforge/v3/config"
	wfv1 "github.com/kilnworks/flowforge/v3/pkg/apis/workflow/v1alpha1"
	wfclientset "github.com/kilnworks/flowforge/v3/pkg/client/clientset/versioned"
	"github.com/kilnworks/flowforge/v3/workflow/executor"
)

func NewRootCommand() *cobra.Command {
	command := cobra.Command{
		Use:   "ffexec",
		Short: "ffexec is the executor sidecar to workflow containers",
	}
	command.AddCommand(NewInitCommand(), NewWaitCommand(), NewArtifactDeleteCommand())
	return &command
}

// initExecutor builds the executor from the in-cluster config and env vars set by the controller.
func initExecutor() *executor.WorkflowExecutor {
	restConfig, err := rest.InClusterConfig()
	if err != nil {
		log.Fatal(err)
	}
	kube := kubernetes.NewForConfigOrDie(restConfig)
	wfclient := wfclientset.NewForConfigOrDie(restConfig)

	tmpl := &wfv1.Template{}
	if err := json.Unmarshal([]byte(os.Getenv("FLOWFORGE_TEMPLATE")), tmpl); err != nil {
		log.Fatal(err)
	}
	repo := &config.ArtifactRepository{}
	if v := os.Getenv("FLOWFORGE_ARTIFACT_REPOSITORY"); v != "" {
		if err := json.Unmarshal([]byte(v), repo); err != nil {
			log.Fatal(err)
		}
	}
	namespace, _ := os.ReadFile("/var/run/secrets/kubernetes.io/serviceaccount/namespace")
	return executor.NewExecutor(kube, wfclient, string(namespace), os.Getenv("FLOWFORGE_POD_NAME"), os.Getenv("FLOWFORGE_WORKFLOW_NAME"), tmpl, repo)
}
