package v1alpha1

import (
	apiv1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime/schema"

	"github.com/kilnworks/flowforge/v3/config"
)

var WorkflowSchemaGroupVersionKind = schema.GroupVersionKind{Group: "flowforge.kilnworks.io", Version: "v1alpha1", Kind: "Workflow"}

type WorkflowPhase string

const (
	WorkflowPending   WorkflowPhase = "Pending"
	WorkflowRunning   WorkflowPhase = "Running"
	WorkflowSucceeded WorkflowPhase = "Succeeded"
	WorkflowFailed    WorkflowPhase = "Failed"
	WorkflowError     WorkflowPhase = "Error"
)

func (p WorkflowPhase) Completed() bool {
	return p == WorkflowSucceeded || p == WorkflowFailed || p == WorkflowError
}

type NodePhase string

const NodeSucceeded NodePhase = "Succeeded"

// +genclient
type Workflow struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata"`
	Spec              WorkflowSpec   `json:"spec"`
	Status            WorkflowStatus `json:"status,omitempty"`
}

type WorkflowList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata"`
	Items           []Workflow `json:"items"`
}

type WorkflowSpec struct {
	Entrypoint         string     `json:"entrypoint,omitempty"`
	Templates          []Template `json:"templates,omitempty"`
	ServiceAccountName string     `json:"serviceAccountName,omitempty"`
	Arguments          Arguments  `json:"arguments,omitempty"`
}

type Template struct {
	Name      string           `json:"name"`
	Inputs    Inputs           `json:"inputs,omitempty"`
	Outputs   Outputs          `json:"outputs,omitempty"`
	Container *apiv1.Container `json:"container,omitempty"`
	Daemon    *bool            `json:"daemon,omitempty"`
}

type Arguments struct {
	Parameters []Parameter `json:"parameters,omitempty"`
	Artifacts  []Artifact  `json:"artifacts,omitempty"`
}

type Parameter struct {
	Name  string `json:"name"`
	Value string `json:"value,omitempty"`
}

type Inputs struct {
	Parameters []Parameter `json:"parameters,omitempty"`
	Artifacts  []Artifact  `json:"artifacts,omitempty"`
}

type Outputs struct {
	Parameters []Parameter `json:"parameters,omitempty"`
	Artifacts  []Artifact  `json:"artifacts,omitempty"`
}

type Artifact struct {
	Name     string         `json:"name"`
	Path     string         `json:"path,omitempty"`
	Optional bool           `json:"optional,omitempty"`
	S3       *S3Artifact    `json:"s3,omitempty"`
	GCS      *GCSArtifact   `json:"gcs,omitempty"`
	Azure    *AzureArtifact `json:"azure,omitempty"`
	HTTP     *HTTPArtifact  `json:"http,omitempty"`
	Git      *GitArtifact   `json:"git,omitempty"`
}

type S3Artifact struct {
	config.S3ArtifactRepository `json:",inline"`
	Key                         string `json:"key,omitempty"`
}

// S3Bucket is an alias kept for older callers.
type S3Bucket = config.S3ArtifactRepository

type GCSArtifact struct {
	Bucket string `json:"bucket"`
	Key    string `json:"key"`
}

type AzureArtifact struct {
	Endpoint  string `json:"endpoint"`
	Container string `json:"container"`
	Blob      string `json:"blob"`
}

type HTTPArtifact struct {
	URL string `json:"url"`
}

type GitArtifact struct {
	Repo  string `json:"repo"`
	Depth int    `json:"depth,omitempty"`
}

type NodeStatus struct {
	ID      string    `json:"id"`
	Name    string    `json:"name"`
	Phase   NodePhase `json:"phase,omitempty"`
	Outputs *Outputs  `json:"outputs,omitempty"`
}

type Nodes map[string]NodeStatus

func (n Nodes) FindArtifact(nodeID, name string) *Artifact {
	node, ok := n[nodeID]
	if !ok || node.Outputs == nil {
		return nil
	}
	for i := range node.Outputs.Artifacts {
		if node.Outputs.Artifacts[i].Name == name {
			return &node.Outputs.Artifacts[i]
		}
	}
	return nil
}

type WorkflowStatus struct {
	Phase                    WorkflowPhase `json:"phase,omitempty"`
	StartedAt                metav1.Time   `json:"startedAt,omitempty"`
	FinishedAt               metav1.Time   `json:"finishedAt,omitempty"`
	Nodes                    Nodes         `json:"nodes,omitempty"`
	OffloadNodeStatusVersion string        `json:"offloadNodeStatusVersion,omitempty"`
}

type NodeResult struct {
	Phase   NodePhase `json:"phase,omitempty"`
	Outputs *Outputs  `json:"outputs,omitempty"`
}

// +genclient
type WorkflowTaskResult struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata"`
	NodeResult        `json:",inline"`
}
