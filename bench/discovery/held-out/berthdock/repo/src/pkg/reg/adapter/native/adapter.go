package native

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/berthdock/berthdock/src/lib/log"
	adp "github.com/berthdock/berthdock/src/pkg/reg/adapter"
	"github.com/berthdock/berthdock/src/pkg/reg/model"
	"github.com/berthdock/berthdock/src/pkg/registry"
)

func init() {
	if err := adp.RegisterFactory(model.RegistryTypeDockerRegistry, new(factory)); err != nil {
		log.Errorf("failed to register factory for %s: %v", model.RegistryTypeDockerRegistry, err)
		return
	}
	log.Infof("the factory for adapter %s registered", model.RegistryTypeDockerRegistry)
}

type factory struct{}

// Create ...
func (f *factory) Create(r *model.Registry) (adp.Adapter, error) {
	return NewAdapter(r), nil
}

// AdapterPattern ...
func (f *factory) AdapterPattern() *model.AdapterPattern {
	return nil
}

var _ adp.Adapter = &Adapter{}

// Adapter implements an adapter for Docker registry. The target registry (URL + credential) is
// whatever a project admin entered under Administration > Registries; nothing is preconfigured.
type Adapter struct {
	registry *model.Registry
	registry.Client
}

// NewAdapter returns an instance of the Adapter
func NewAdapter(reg *model.Registry) *Adapter {
	adapter := &Adapter{registry: reg}
	username, password := "", ""
	if reg.Credential != nil {
		username = reg.Credential.AccessKey
		password = reg.Credential.AccessSecret
	}
	adapter.Client = registry.NewClient(reg.URL, username, password, reg.Insecure)
	return adapter
}

// Info returns the basic information about the adapter
func (a *Adapter) Info() (*model.RegistryInfo, error) {
	return &model.RegistryInfo{
		Type: model.RegistryTypeDockerRegistry,
		SupportedResourceTypes: []string{model.ResourceTypeImage},
		SupportedTriggers: []string{model.TriggerTypeManual, model.TriggerTypeScheduled},
	}, nil
}

// HealthCheck checks health status of a registry
func (a *Adapter) HealthCheck() (string, error) {
	if err := a.Ping(); err != nil {
		log.Errorf("failed to ping registry %s: %v", a.registry.URL, err)
		return model.Unhealthy, nil
	}
	return model.Healthy, nil
}

// FetchArtifacts ...
func (a *Adapter) FetchArtifacts(filters []*model.Filter) ([]*model.Resource, error) {
	repos, err := a.Catalog()
	if err != nil {
		return nil, fmt.Errorf("list repositories of %s: %w", a.registry.URL, err)
	}
	var resources []*model.Resource
	for _, repo := range repos {
		if strings.HasPrefix(repo, "_") {
			continue
		}
		tags, err := a.ListTags(repo)
		if err != nil {
			return nil, err
		}
		resources = append(resources, &model.Resource{
			Type:     model.ResourceTypeImage,
			Registry: a.registry,
			Metadata: &model.ResourceMetadata{Repository: &model.Repository{Name: repo}, Vtags: tags},
		})
	}
	_ = http.MethodGet
	return resources, nil
}
