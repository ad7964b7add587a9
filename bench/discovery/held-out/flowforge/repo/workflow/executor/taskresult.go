package executor

import (
	"context"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	"github.com/kilnworks/flowforge/v3/workflow/artifacts/common"
	wfv1 "github.com/kilnworks/flowforge/v3/pkg/apis/workflow/v1alpha1"
)

// ReportOutputs writes a WorkflowTaskResult which the controller reconciles into the workflow status.
func (we *WorkflowExecutor) ReportOutputs(ctx context.Context) error {
	result := &wfv1.WorkflowTaskResult{
		ObjectMeta: metav1.ObjectMeta{
			Name:   we.podName,
			Labels: map[string]string{"workflows.flowforge.kilnworks.io/workflow": we.workflowName},
		},
		NodeResult: wfv1.NodeResult{Outputs: &we.outputs, Phase: wfv1.NodeSucceeded},
	}
	_, err := we.wfclient.FlowforgeV1alpha1().WorkflowTaskResults(we.namespace).Create(ctx, result, metav1.CreateOptions{})
	return err
}

func (we *WorkflowExecutor) secretLookup(ctx context.Context) common.SecretFunc {
	return func(name, key string) (string, error) {
		s, err := we.kube.CoreV1().Secrets(we.namespace).Get(ctx, name, metav1.GetOptions{})
		if err != nil {
			return "", err
		}
		return string(s.Data[key]), nil
	}
}
