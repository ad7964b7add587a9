package main

import (
	// Registries selectable through MICRO_REGISTRY. mdns is built in;
	// kubernetes is what we run in the cluster.
	_ "github.com/micro/go-plugins/registry/kubernetes/v2"
	// _ "github.com/micro/go-plugins/registry/consul/v2"
)
