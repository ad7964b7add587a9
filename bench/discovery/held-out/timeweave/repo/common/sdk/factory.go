package sdk

import (
	"crypto/tls"
	"sync"

	sdkclient "go.timeweave.io/sdk/client"
	sdkworker "go.timeweave.io/sdk/worker"

	"go.timeweave.io/server/common/config"
)

// ClientFactory gives internal system workers an SDK client connected to the frontend.
// hostPort comes from publicClient.hostPort in the server config (rendered from
// TIMEWEAVE_CLI_ADDRESS / PUBLIC_FRONTEND_ADDRESS in docker, or the frontend Service
// name in Helm). When empty, the frontend is resolved from membership instead.
type ClientFactory interface {
	GetSystemClient() sdkclient.Client
	NewWorker(client sdkclient.Client, taskQueue string, options sdkworker.Options) sdkworker.Worker
}

type clientFactory struct {
	hostPort  string
	tlsConfig *tls.Config
	once      sync.Once
	client    sdkclient.Client
}

func NewClientFactory(publicClient config.PublicClient, frontendFromRing func() string) ClientFactory {
	hp := publicClient.HostPort
	if hp == "" {
		hp = frontendFromRing()
	}
	return &clientFactory{hostPort: hp}
}

func (f *clientFactory) GetSystemClient() sdkclient.Client {
	f.once.Do(func() {
		c, err := sdkclient.Dial(sdkclient.Options{
			HostPort:  f.hostPort,
			Namespace: "timeweave-system",
			ConnectionOptions: sdkclient.ConnectionOptions{TLS: f.tlsConfig},
		})
		if err != nil {
			panic("unable to create SDK client for system namespace: " + err.Error())
		}
		f.client = c
	})
	return f.client
}

func (f *clientFactory) NewWorker(c sdkclient.Client, taskQueue string, options sdkworker.Options) sdkworker.Worker {
	return sdkworker.New(c, taskQueue, options)
}
