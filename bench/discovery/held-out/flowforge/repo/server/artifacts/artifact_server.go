package artifacts

import (
	"context"
	"io"
	"net/http"
	"strings"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"

	"github.com/kilnworks/flowforge/v3/config"
	"github.com/kilnworks/flowforge/v3/persist/sqldb"
	wfv1 "github.com/kilnworks/flowforge/v3/pkg/apis/workflow/v1alpha1"
	wfclientset "github.com/kilnworks/flowforge/v3/pkg/client/clientset/versioned"
	"github.com/kilnworks/flowforge/v3/server/auth"
	"github.com/kilnworks/flowforge/v3/workflow/artifacts"
)

// ArtifactServer streams output artifacts from the artifact repository to the UI.
type ArtifactServer struct {
	gatekeeper auth.Gatekeeper
	wfClient   wfclientset.Interface
	kubeClient kubernetes.Interface
	wfArchive  sqldb.WorkflowArchive
	repo       config.ArtifactRepository
}

func NewArtifactServer(g auth.Gatekeeper, wf wfclientset.Interface, kube kubernetes.Interface, archive sqldb.WorkflowArchive, repo config.ArtifactRepository) *ArtifactServer {
	return &ArtifactServer{gatekeeper: g, wfClient: wf, kubeClient: kube, wfArchive: archive, repo: repo}
}

// GetOutputArtifact handles /artifacts/{namespace}/{workflow}/{node}/{artifact}
func (a *ArtifactServer) GetOutputArtifact(w http.ResponseWriter, r *http.Request) {
	parts := strings.Split(strings.TrimPrefix(r.URL.Path, "/artifacts/"), "/")
	if len(parts) != 4 {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	namespace, wfName, nodeID, artName := parts[0], parts[1], parts[2], parts[3]
	wf, err := a.wfClient.FlowforgeV1alpha1().Workflows(namespace).Get(r.Context(), wfName, metav1.GetOptions{})
	if err != nil {
		http.Error(w, err.Error(), http.StatusNotFound)
		return
	}
	art := wf.Status.Nodes.FindArtifact(nodeID, artName)
	if art == nil {
		http.Error(w, "artifact not found", http.StatusNotFound)
		return
	}
	a.stream(r.Context(), w, namespace, art)
}

func (a *ArtifactServer) GetArtifactFile(w http.ResponseWriter, r *http.Request) {
	a.GetOutputArtifact(w, r)
}

func (a *ArtifactServer) stream(ctx context.Context, w http.ResponseWriter, namespace string, art *wfv1.Artifact) {
	drv, err := artifacts.NewDriver(ctx, art, func(name, key string) (string, error) {
		s, err := a.kubeClient.CoreV1().Secrets(namespace).Get(ctx, name, metav1.GetOptions{})
		if err != nil {
			return "", err
		}
		return string(s.Data[key]), nil
	})
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	rc, err := drv.OpenStream(ctx, art)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer rc.Close()
	w.Header().Set("Content-Disposition", "attachment; filename=\""+art.Name+".tgz\"")
	_, _ = io.Copy(w, rc)
}
