package commands

import (
	"fmt"

	"github.com/spf13/cobra"
	"k8s.io/client-go/tools/clientcmd"

	"github.com/syncwright-io/syncwright/v2/pkg/apiclient"
	"github.com/syncwright-io/syncwright/v2/util/cli"
	"github.com/syncwright-io/syncwright/v2/util/env"
	"github.com/syncwright-io/syncwright/v2/util/localconfig"
)

const (
	cliName = "syncwright"
)

// NewCommand returns a new instance of the syncwright CLI. The CLI talks to syncwright-server over
// gRPC (or gRPC-web when --grpc-web is set) using the address stored in ~/.config/syncwright/config
// or passed via --server / SYNCWRIGHT_SERVER.
func NewCommand() *cobra.Command {
	var (
		clientOpts apiclient.ClientOptions
		pathOpts   = clientcmd.NewDefaultPathOptions()
	)

	var command = &cobra.Command{
		Use:   cliName,
		Short: "syncwright controls a Syncwright server",
		Run: func(c *cobra.Command, args []string) {
			c.HelpFunc()(c, args)
		},
		DisableAutoGenTag: true,
		SilenceUsage:      true,
	}

	command.AddCommand(NewLoginCommand(&clientOpts))
	command.AddCommand(NewLogoutCommand(&clientOpts))
	command.AddCommand(NewApplicationCommand(&clientOpts))
	command.AddCommand(NewRepoCommand(&clientOpts))
	command.AddCommand(NewClusterCommand(&clientOpts, pathOpts))
	command.AddCommand(NewProjectCommand(&clientOpts))
	command.AddCommand(NewVersionCmd(&clientOpts))

	defaultLocalConfigPath, err := localconfig.DefaultLocalConfigPath()
	if err != nil {
		panic(fmt.Sprintf("failed to get default config path: %v", err))
	}
	command.PersistentFlags().StringVar(&cli.LogFormat, "logformat", env.StringFromEnv("SYNCWRIGHT_LOG_FORMAT", "text"), "Set the logging format. One of: text|json")
	command.PersistentFlags().StringVar(&cli.LogLevel, "loglevel", env.StringFromEnv("SYNCWRIGHT_LOG_LEVEL", "info"), "Set the logging level. One of: debug|info|warn|error")
	command.PersistentFlags().StringVar(&clientOpts.ConfigPath, "config", env.StringFromEnv("SYNCWRIGHT_CONFIG", defaultLocalConfigPath), "Path to Syncwright config")
	command.PersistentFlags().StringVar(&clientOpts.ServerAddr, "server", env.StringFromEnv("SYNCWRIGHT_SERVER", ""), "Syncwright server address")
	command.PersistentFlags().BoolVar(&clientOpts.PlainText, "plaintext", env.ParseBoolFromEnv("SYNCWRIGHT_PLAINTEXT", false), "Disable TLS")
	command.PersistentFlags().BoolVar(&clientOpts.Insecure, "insecure", env.ParseBoolFromEnv("SYNCWRIGHT_INSECURE", false), "Skip server certificate and domain verification")
	command.PersistentFlags().StringVar(&clientOpts.AuthToken, "auth-token", env.StringFromEnv("SYNCWRIGHT_AUTH_TOKEN", ""), "Authentication token")
	command.PersistentFlags().BoolVar(&clientOpts.GRPCWeb, "grpc-web", env.ParseBoolFromEnv("SYNCWRIGHT_GRPC_WEB", false), "Enables gRPC-web protocol. Useful if Syncwright server is behind proxy which does not support HTTP2.")
	command.PersistentFlags().StringVar(&clientOpts.GRPCWebRootPath, "grpc-web-root-path", env.StringFromEnv("SYNCWRIGHT_GRPC_WEB_ROOT_PATH", ""), "Enables gRPC-web protocol. Useful if Syncwright server is behind proxy which does not support HTTP2. Set web root.")
	command.PersistentFlags().BoolVar(&clientOpts.PortForward, "port-forward", env.ParseBoolFromEnv("SYNCWRIGHT_PORT_FORWARD", false), "Connect to a random syncwright-server port using port forwarding")
	command.PersistentFlags().StringVar(&clientOpts.PortForwardNamespace, "port-forward-namespace", env.StringFromEnv("SYNCWRIGHT_NAMESPACE", ""), "Namespace name which should be used for port forwarding")
	return command
}
