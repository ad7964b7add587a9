package controller

import (
	"context"

	log "github.com/sirupsen/logrus"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	wfv1 "github.com/kilnworks/flowforge/v3/pkg/apis/workflow/v1alpha1"
)

type wfOperationCtx struct {
	wf         *wfv1.Workflow
	controller *WorkflowController
	log        *log.Entry
}

func newWorkflowOperationCtx(obj interface{}, wfc *WorkflowController) *wfOperationCtx {
	wf := obj.(*wfv1.Workflow).DeepCopy()
	return &wfOperationCtx{wf: wf, controller: wfc, log: log.WithField("workflow", wf.Name)}
}

func (woc *wfOperationCtx) operate(ctx context.Context) {
	if woc.wf.Status.Phase.Completed() {
		woc.archive()
		return
	}
	for _, tmpl := range woc.wf.Spec.Templates {
		if tmpl.Container == nil {
			continue
		}
		if _, err := woc.createWorkflowPod(ctx, tmpl); err != nil {
			woc.log.WithError(err).Error("failed to create pod")
		}
	}
	woc.persistUpdates(ctx)
}

func (woc *wfOperationCtx) persistUpdates(ctx context.Context) {
	wfc := woc.controller
	if wfc.offloadNodeStatusRepo != nil && len(woc.wf.Status.Nodes) > 100 {
		version, err := wfc.offloadNodeStatusRepo.Save(string(woc.wf.UID), woc.wf.Namespace, woc.wf.Status.Nodes)
		if err != nil {
			woc.log.WithError(err).Error("failed to offload node status")
			return
		}
		woc.wf.Status.OffloadNodeStatusVersion = version
		woc.wf.Status.Nodes = nil
	}
	_, err := wfc.wfclientset.FlowforgeV1alpha1().Workflows(woc.wf.Namespace).Update(ctx, woc.wf, metav1.UpdateOptions{})
	if err != nil {
		woc.log.WithError(err).Warn("failed to update workflow")
	}
}

func (woc *wfOperationCtx) archive() {
	if woc.controller.wfArchive == nil {
		return
	}
	if err := woc.controller.wfArchive.ArchiveWorkflow(woc.wf); err != nil {
		woc.log.WithError(err).Error("failed to archive workflow")
	}
}
