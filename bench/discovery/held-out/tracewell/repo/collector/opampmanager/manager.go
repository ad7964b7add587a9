// Package opampmanager lets the collector receive its effective configuration
// from the Tracewell OpAMP server. The server address comes from the file
// passed with --manager-config (server_endpoint: ws://...).
package opampmanager

import (
	"context"
	"fmt"
	"os"

	"github.com/open-telemetry/opamp-go/client"
	"github.com/open-telemetry/opamp-go/client/types"
	"github.com/open-telemetry/opamp-go/protobufs"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"gopkg.in/yaml.v3"
)

var (
	managerConfig string
	copyPath      string
)

type managerFile struct {
	ServerEndpoint string `yaml:"server_endpoint"`
}

func RegisterFlags(fs *pflag.FlagSet) {
	fs.StringVar(&managerConfig, "manager-config", "", "path to the OpAMP manager config")
	fs.StringVar(&copyPath, "copy-path", "/var/tmp/collector-config.yaml", "where the effective config is written")
}

func PreRun(_ *cobra.Command, _ []string) error {
	if managerConfig == "" {
		return nil
	}
	raw, err := os.ReadFile(managerConfig)
	if err != nil {
		return fmt.Errorf("read manager config: %w", err)
	}
	var mf managerFile
	if err := yaml.Unmarshal(raw, &mf); err != nil {
		return err
	}
	return startAgent(mf.ServerEndpoint, copyPath)
}

func startAgent(endpoint, writeTo string) error {
	c := client.NewWebSocket(nil)
	return c.Start(context.Background(), types.StartSettings{
		OpAMPServerURL: endpoint,
		Callbacks: types.CallbacksStruct{
			OnMessageFunc: func(_ context.Context, msg *types.MessageData) {
				if msg.RemoteConfig == nil {
					return
				}
				for _, f := range msg.RemoteConfig.Config.ConfigMap {
					_ = os.WriteFile(writeTo, f.Body, 0o644)
				}
			},
		},
		Capabilities: protobufs.AgentCapabilities_AgentCapabilities_AcceptsRemoteConfig,
	})
}
