package docker

import "github.com/docker/docker/api/types/volume"

func volumeCreateOpts(name string) volume.CreateOptions {
	return volume.CreateOptions{Name: name, Driver: "local"}
}
