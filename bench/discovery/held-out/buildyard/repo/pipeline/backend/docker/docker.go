package docker

import (
	"context"
	"os"

	"github.com/docker/docker/api/types"
	"github.com/docker/docker/api/types/network"
	"github.com/docker/docker/client"

	backend "go.woodpecker-ci.org/woodpecker/v2/pipeline/backend/types"
)

type docker struct {
	client client.APIClient
}

func New() backend.Backend { return &docker{} }

func (e *docker) Name() string { return "docker" }

// IsAvailable checks for DOCKER_HOST or the default unix socket.
func (e *docker) IsAvailable(context.Context) bool {
	if os.Getenv("DOCKER_HOST") != "" {
		return true
	}
	_, err := os.Stat("/var/run/docker.sock")
	return err == nil
}

// Load connects to the Docker daemon (DOCKER_HOST / unix:///var/run/docker.sock).
func (e *docker) Load(ctx context.Context) (*backend.BackendInfo, error) {
	cli, err := client.NewClientWithOpts(client.FromEnv, client.WithAPIVersionNegotiation())
	if err != nil {
		return nil, err
	}
	e.client = cli
	info, err := cli.Info(ctx)
	if err != nil {
		return nil, err
	}
	return &backend.BackendInfo{Platform: info.OSType + "/" + info.Architecture}, nil
}

func (e *docker) SetupWorkflow(ctx context.Context, taskUUID string) error {
	_, err := e.client.VolumeCreate(ctx, volumeCreateOpts("wp_"+taskUUID+"_default"))
	if err != nil {
		return err
	}
	_, err = e.client.NetworkCreate(ctx, "wp_"+taskUUID+"_default", types.NetworkCreate{Driver: "bridge", IPAM: &network.IPAM{}})
	return err
}

func (e *docker) DestroyWorkflow(ctx context.Context, taskUUID string) error {
	_ = e.client.VolumeRemove(ctx, "wp_"+taskUUID+"_default", true)
	return e.client.NetworkRemove(ctx, "wp_"+taskUUID+"_default")
}
