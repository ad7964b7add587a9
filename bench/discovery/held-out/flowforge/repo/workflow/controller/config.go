package controller

import (
	"context"
	"time"

	log "github.com/sirupsen/logrus"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/fields"

	"github.com/kilnworks/flowforge/v3/config"
	"github.com/kilnworks/flowforge/v3/persist/sqldb"
)

func (wfc *WorkflowController) updateConfig(ctx context.Context) error {
	c, err := config.Load(ctx, wfc.kubeclientset, wfc.namespace, wfc.configMap)
	if err != nil {
		return err
	}
	wfc.Config = c
	log.WithField("artifactRepository.s3", c.ArtifactRepository.S3 != nil).Info("configuration loaded")

	wfc.offloadNodeStatusRepo = nil
	wfc.wfArchive = nil
	if persistence := c.Persistence; persistence != nil {
		log.Info("Persistence configuration enabled")
		session, err := sqldb.CreateDBSession(wfc.kubeclientset, wfc.namespace, persistence)
		if err != nil {
			return err
		}
		if !persistence.SkipMigration {
			if err := sqldb.Migrate(ctx, session, persistence.GetClusterName()); err != nil {
				return err
			}
		}
		if persistence.NodeStatusOffload {
			wfc.offloadNodeStatusRepo = sqldb.NewOffloadNodeStatusRepo(session, persistence.GetClusterName())
		}
		if persistence.Archive {
			wfc.wfArchive = sqldb.NewWorkflowArchive(session, persistence.GetClusterName())
		}
	} else {
		log.Info("Persistence configuration disabled")
	}
	return nil
}

func (wfc *WorkflowController) runConfigMapWatcher(ctx context.Context) {
	for {
		w, err := wfc.kubeclientset.CoreV1().ConfigMaps(wfc.namespace).Watch(ctx, metav1.ListOptions{
			FieldSelector: fields.OneTermEqualSelector("metadata.name", wfc.configMap).String(),
		})
		if err != nil {
			log.WithError(err).Warn("failed to watch configmap, retrying")
			time.Sleep(10 * time.Second)
			continue
		}
		for range w.ResultChan() {
			if err := wfc.updateConfig(ctx); err != nil {
				log.WithError(err).Error("failed to update config")
			}
		}
	}
}
