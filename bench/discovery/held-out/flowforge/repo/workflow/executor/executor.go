package executor

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	log "github.com/sirupsen/logrus"
	"k8s.io/client-go/kubernetes"

	"github.com/kilnworks/flowforge/v3/config"
	wfv1 "github.com/kilnworks/flowforge/v3/pkg/apis/workflow/v1alpha1"
	wfclientset "github.com/kilnworks/flowforge/v3/pkg/client/clientset/versioned"
	"github.com/kilnworks/flowforge/v3/workflow/artifacts"
)

type WorkflowExecutor struct {
	kube         kubernetes.Interface
	wfclient     wfclientset.Interface
	namespace    string
	podName      string
	workflowName string
	Template     *wfv1.Template
	repo         *config.ArtifactRepository
	outputs      wfv1.Outputs
}

func NewExecutor(kube kubernetes.Interface, wfclient wfclientset.Interface, namespace, podName, workflowName string, tmpl *wfv1.Template, repo *config.ArtifactRepository) *WorkflowExecutor {
	return &WorkflowExecutor{kube: kube, wfclient: wfclient, namespace: namespace, podName: podName, workflowName: workflowName, Template: tmpl, repo: repo}
}

func (we *WorkflowExecutor) resolve(a *wfv1.Artifact) {
	if a.S3 == nil && a.GCS == nil && a.HTTP == nil && a.Git == nil && a.Azure == nil && we.repo.S3 != nil {
		a.S3 = &wfv1.S3Artifact{S3Bucket: *we.repo.S3, Key: fmt.Sprintf("%s/%s/%s.tgz", we.workflowName, we.podName, a.Name)}
	}
}

// LoadArtifacts downloads input artifacts into /flowforge/inputs.
func (we *WorkflowExecutor) LoadArtifacts(ctx context.Context) error {
	for _, a := range we.Template.Inputs.Artifacts {
		art := a
		we.resolve(&art)
		drv, err := artifacts.NewDriver(ctx, &art, we.secretLookup(ctx))
		if err != nil {
			return err
		}
		dest := filepath.Join("/var/run/flowforge/inputs", art.Name)
		log.WithField("artifact", art.Name).Info("downloading")
		if err := drv.Load(ctx, &art, dest); err != nil {
			return err
		}
	}
	return nil
}

// SaveArtifacts uploads output artifacts to the configured repository.
func (we *WorkflowExecutor) SaveArtifacts(ctx context.Context) error {
	for _, a := range we.Template.Outputs.Artifacts {
		art := a
		we.resolve(&art)
		drv, err := artifacts.NewDriver(ctx, &art, we.secretLookup(ctx))
		if err != nil {
			return err
		}
		src := filepath.Join("/var/run/flowforge/outputs", art.Name)
		if _, err := os.Stat(src); err != nil {
			if art.Optional {
				continue
			}
			return err
		}
		if err := drv.Save(ctx, src, &art); err != nil {
			return err
		}
		we.outputs.Artifacts = append(we.outputs.Artifacts, art)
	}
	if we.repo.IsArchiveLogs() {
		log.Info("archiving main container logs")
	}
	return nil
}

func (we *WorkflowExecutor) DeleteArtifacts(ctx context.Context) error {
	for _, a := range we.Template.Outputs.Artifacts {
		art := a
		we.resolve(&art)
		drv, err := artifacts.NewDriver(ctx, &art, we.secretLookup(ctx))
		if err != nil {
			return err
		}
		if err := drv.Delete(ctx, &art); err != nil {
			return err
		}
	}
	return nil
}

func (we *WorkflowExecutor) Wait(ctx context.Context, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		if _, err := os.Stat("/var/run/flowforge/ctr/main/exitcode"); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return fmt.Errorf("timeout waiting for main container")
}
