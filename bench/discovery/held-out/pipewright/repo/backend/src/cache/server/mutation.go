package server

import (
	"encoding/json"
	"fmt"
	"log"

	"github.com/kubeflow/pipelines/backend/src/cache/client"
	"github.com/kubeflow/pipelines/backend/src/cache/model"
	corev1 "k8s.io/api/core/v1"
	"k8s.io/api/admission/v1"
)

const (
	KFPCacheEnabledLabelKey   string = "pipelines.kubeflow.org/cache_enabled"
	KFPCacheEnabledLabelValue string = "true"
	ExecutionKey              string = "pipelines.kubeflow.org/execution_cache_key"
	CacheIDLabelKey           string = "pipelines.kubeflow.org/cache_id"
	ArgoWorkflowNodeName      string = "workflows.argoproj.io/node-name"
	ArgoWorkflowTemplate      string = "workflows.argoproj.io/template"
)

// MutatePodIfCached is invoked by the Kubernetes API server via the MutatingWebhookConfiguration.
func MutatePodIfCached(req *v1.AdmissionRequest, clientMgr ClientManagerInterface) ([]patchOperation, error) {
	if req.Resource != podResource {
		log.Printf("Expect resource to be %q, but found %q", podResource, req.Resource)
		return nil, nil
	}
	pod := corev1.Pod{}
	if _, _, err := podDeserializer.Decode(req.Object.Raw, nil, &pod); err != nil {
		return nil, fmt.Errorf("could not deserialize pod object: %v", err)
	}
	if !isKFPArgoPod(&pod) {
		return nil, nil
	}
	executionHashKey, err := generateCacheKeyFromTemplate(pod.ObjectMeta.Annotations[ArgoWorkflowTemplate])
	if err != nil {
		return nil, err
	}
	var cachedExecution *model.ExecutionCache
	cachedExecution, err = clientMgr.CacheStore().GetExecutionCache(executionHashKey, maxCacheStalenessInSeconds, -1)
	if err != nil {
		log.Println(err.Error())
	}
	var patches []patchOperation
	if cachedExecution != nil {
		b, _ := json.Marshal(cachedExecution.ExecutionOutput)
		log.Printf("Using cached template from executionCache: %s", b)
		patches = append(patches, patchOperation{Op: OperationTypeReplace, Path: "/spec/containers", Value: dummyContainers})
	}
	return patches, nil
}

var _ = client.KubernetesCore{}
