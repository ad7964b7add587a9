package config

import (
	"context"
	"fmt"

	apiv1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"
	"sigs.k8s.io/yaml"
)

// Config is the content of the workflow-controller-configmap.
type Config struct {
	// ArtifactRepository is the default artifact repository for workflows.
	ArtifactRepository ArtifactRepository `json:"artifactRepository,omitempty"`
	// Persistence contains workflow archive and node status offloading settings.
	Persistence *PersistConfig `json:"persistence,omitempty"`
	// SSO is used by flowforge-server only.
	SSO SSOConfig `json:"sso,omitempty"`
	// Parallelism limits the max total parallel workflows.
	Parallelism int `json:"parallelism,omitempty"`
	// Executor holds container defaults for ffexec containers.
	Executor *apiv1.Container `json:"executor,omitempty"`
	// MainContainer holds defaults for user containers.
	MainContainer *apiv1.Container `json:"mainContainer,omitempty"`
	// Links are shown in the UI.
	Links []Link `json:"links,omitempty"`
	// NodeEvents controls Kubernetes event emission.
	NodeEvents NodeEvents `json:"nodeEvents,omitempty"`
}

type Link struct {
	Name  string `json:"name"`
	Scope string `json:"scope"`
	URL   string `json:"url"`
}

type NodeEvents struct {
	Enabled *bool `json:"enabled,omitempty"`
}

type SSOConfig struct {
	Issuer        string                  `json:"issuer"`
	IssuerAlias   string                  `json:"issuerAlias,omitempty"`
	ClientID      apiv1.SecretKeySelector `json:"clientId"`
	ClientSecret  apiv1.SecretKeySelector `json:"clientSecret"`
	RedirectURL   string                  `json:"redirectUrl"`
	Scopes        []string                `json:"scopes,omitempty"`
	RBAC          *RBACConfig             `json:"rbac,omitempty"`
	InsecureSkipVerify bool               `json:"insecureSkipVerify,omitempty"`
}

type RBACConfig struct {
	Enabled bool `json:"enabled,omitempty"`
}

// Load reads and parses the named configmap.
func Load(ctx context.Context, kube kubernetes.Interface, namespace, name string) (*Config, error) {
	cm, err := kube.CoreV1().ConfigMaps(namespace).Get(ctx, name, metav1.GetOptions{})
	if err != nil {
		return nil, fmt.Errorf("failed to get configmap %s/%s: %w", namespace, name, err)
	}
	return Parse(cm.Data)
}

// Parse supports both the "config: |" single key style and the per-key style.
func Parse(data map[string]string) (*Config, error) {
	c := &Config{}
	if v, ok := data["config"]; ok {
		return c, yaml.Unmarshal([]byte(v), c)
	}
	for k, v := range data {
		switch k {
		case "artifactRepository":
			if err := yaml.Unmarshal([]byte(v), &c.ArtifactRepository); err != nil {
				return nil, err
			}
		case "persistence":
			c.Persistence = &PersistConfig{}
			if err := yaml.Unmarshal([]byte(v), c.Persistence); err != nil {
				return nil, err
			}
		case "sso":
			if err := yaml.Unmarshal([]byte(v), &c.SSO); err != nil {
				return nil, err
			}
		case "executor":
			c.Executor = &apiv1.Container{}
			if err := yaml.Unmarshal([]byte(v), c.Executor); err != nil {
				return nil, err
			}
		}
	}
	return c, nil
}
