package controller

import (
	"context"
	"fmt"

	apiv1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// createArtifactGCPod starts an ffexec pod that deletes a workflow's artifacts. The controller itself
// never touches the artifact repository.
func (woc *wfOperationCtx) createArtifactGCPod(ctx context.Context) error {
	pod := &apiv1.Pod{
		ObjectMeta: metav1.ObjectMeta{
			Name:      fmt.Sprintf("%s-artgc", woc.wf.Name),
			Namespace: woc.wf.Namespace,
		},
		Spec: apiv1.PodSpec{
			RestartPolicy: apiv1.RestartPolicyNever,
			Containers: []apiv1.Container{{
				Name:    "main",
				Image:   woc.executorImage(),
				Command: []string{"ffexec"},
				Args:    []string{"artifact", "delete"},
				Env:     []apiv1.EnvVar{{Name: EnvVarWorkflowName, Value: woc.wf.Name}},
			}},
		},
	}
	_, err := woc.controller.kubeclientset.CoreV1().Pods(woc.wf.Namespace).Create(ctx, pod, metav1.CreateOptions{})
	return err
}
