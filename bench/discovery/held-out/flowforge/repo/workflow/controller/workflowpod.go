package controller

import (
	"context"
	"encoding/json"
	"fmt"

	apiv1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	wfv1 "github.com/kilnworks/flowforge/v3/pkg/apis/workflow/v1alpha1"
)

const (
	EnvVarPodName            = "FLOWFORGE_POD_NAME"
	EnvVarTemplate           = "FLOWFORGE_TEMPLATE"
	EnvVarArtifactRepository = "FLOWFORGE_ARTIFACT_REPOSITORY"
	EnvVarWorkflowName       = "FLOWFORGE_WORKFLOW_NAME"
	defaultExecutorImage     = "quay.io/kilnworks/ffexec:latest"
)

func (woc *wfOperationCtx) executorImage() string {
	if woc.controller.executorImage != "" {
		return woc.controller.executorImage
	}
	if c := woc.controller.Config.Executor; c != nil && c.Image != "" {
		return c.Image
	}
	return defaultExecutorImage
}

// createWorkflowPod builds a pod with the user's main container plus ffexec init and wait containers.
func (woc *wfOperationCtx) createWorkflowPod(ctx context.Context, tmpl wfv1.Template) (*apiv1.Pod, error) {
	tmplBytes, err := json.Marshal(tmpl)
	if err != nil {
		return nil, err
	}
	repoBytes, err := json.Marshal(woc.controller.Config.ArtifactRepository)
	if err != nil {
		return nil, err
	}
	env := []apiv1.EnvVar{
		{Name: EnvVarPodName, ValueFrom: &apiv1.EnvVarSource{FieldRef: &apiv1.ObjectFieldSelector{FieldPath: "metadata.name"}}},
		{Name: EnvVarTemplate, Value: string(tmplBytes)},
		{Name: EnvVarArtifactRepository, Value: string(repoBytes)},
		{Name: EnvVarWorkflowName, Value: woc.wf.Name},
	}
	executor := func(name string, args ...string) apiv1.Container {
		return apiv1.Container{
			Name:            name,
			Image:           woc.executorImage(),
			ImagePullPolicy: apiv1.PullPolicy(woc.controller.executorPullPolicy),
			Command:         []string{"ffexec"},
			Args:            args,
			Env:             env,
			VolumeMounts:    []apiv1.VolumeMount{{Name: "var-run-flowforge", MountPath: "/var/run/flowforge"}},
		}
	}
	main := *tmpl.Container
	main.Name = "main"
	main.VolumeMounts = append(main.VolumeMounts, apiv1.VolumeMount{Name: "var-run-flowforge", MountPath: "/var/run/flowforge"})

	pod := &apiv1.Pod{
		ObjectMeta: metav1.ObjectMeta{
			Name:      fmt.Sprintf("%s-%s", woc.wf.Name, tmpl.Name),
			Namespace: woc.wf.Namespace,
			Labels:    map[string]string{"workflows.flowforge.kilnworks.io/workflow": woc.wf.Name},
			OwnerReferences: []metav1.OwnerReference{*metav1.NewControllerRef(woc.wf, wfv1.WorkflowSchemaGroupVersionKind)},
		},
		Spec: apiv1.PodSpec{
			RestartPolicy:      apiv1.RestartPolicyNever,
			ServiceAccountName: woc.wf.Spec.ServiceAccountName,
			InitContainers:     []apiv1.Container{executor("init", "init")},
			Containers:         []apiv1.Container{executor("wait", "wait"), main},
			Volumes:            []apiv1.Volume{{Name: "var-run-flowforge", VolumeSource: apiv1.VolumeSource{EmptyDir: &apiv1.EmptyDirVolumeSource{}}}},
		},
	}
	return woc.controller.kubeclientset.CoreV1().Pods(woc.wf.Namespace).Create(ctx, pod, metav1.CreateOptions{})
}
