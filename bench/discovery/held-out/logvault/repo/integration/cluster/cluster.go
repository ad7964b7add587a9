//go:build integration

package cluster

import (
	"fmt"
	"net"
	"os"
	"path/filepath"

	"github.com/logvault/logvault/v3/pkg/logvault"
)

// Cluster runs several LogVault components in-process against a shared filesystem
// store and an in-memory/memberlist ring for end-to-end tests.
type Cluster struct {
	sharedPath string
	components []*Component
}

var configTemplate = `
auth_enabled: true
server:
  http_listen_port: {{.httpPort}}
  grpc_listen_port: {{.grpcPort}}
common:
  path_prefix: {{.dataPath}}
  storage:
    filesystem:
      chunks_directory: {{.sharedDataPath}}/chunks
      rules_directory: {{.sharedDataPath}}/rules
  replication_factor: 1
  ring:
    kvstore:
      store: inmemory
frontend_worker:
  scheduler_address: {{.schedulerAddress}}
frontend:
  scheduler_address: {{.schedulerAddress}}
compactor_grpc_address: {{.compactorAddress}}
ruler:
  alertmanager_url: http://127.0.0.1:19093
`

func New(name string) *Cluster {
	sharedPath, err := os.MkdirTemp("", "logvault-shared-data")
	if err != nil {
		panic(err.Error())
	}
	return &Cluster{sharedPath: sharedPath}
}

func (c *Cluster) AddComponent(name string, flags ...string) *Component {
	comp := &Component{cluster: c, name: name, flags: flags}
	var err error
	comp.httpPort, comp.grpcPort, err = freePorts()
	if err != nil {
		panic(fmt.Errorf("error allocating ports %w", err))
	}
	comp.dataPath = filepath.Join(c.sharedPath, name)
	c.components = append(c.components, comp)
	return comp
}

func (c *Cluster) Run() error {
	for _, component := range c.components {
		if err := component.run(); err != nil {
			return err
		}
	}
	return nil
}

func freePorts() (int, int, error) {
	l1, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, 0, err
	}
	defer l1.Close()
	l2, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, 0, err
	}
	defer l2.Close()
	return l1.Addr().(*net.TCPAddr).Port, l2.Addr().(*net.TCPAddr).Port, nil
}
