// Package registry registers services with consul so that clients can resolve them by name.
package registry

import (
	"fmt"

	consul "github.com/hashicorp/consul/api"
	"github.com/rs/zerolog/log"
)

// Client is a thin wrapper around the consul API client.
type Client struct {
	client *consul.Client
}

// NewClient returns a new Client for the consul agent at addr.
func NewClient(addr string) (*Client, error) {
	cfg := consul.DefaultConfig()
	cfg.Address = addr
	c, err := consul.NewClient(cfg)
	if err != nil {
		return nil, err
	}
	return &Client{client: c}, nil
}

// Register a service with consul local agent
func (c *Client) Register(name string, id string, ip string, port int) error {
	reg := &consul.AgentServiceRegistration{
		ID:      id,
		Name:    name,
		Port:    port,
		Address: ip,
		Check: &consul.AgentServiceCheck{
			GRPC:                           fmt.Sprintf("%s:%d", ip, port),
			Interval:                       "10s",
			DeregisterCriticalServiceAfter: "1m",
		},
	}
	log.Info().Msgf("registering %s (%s) at %s:%d", name, id, ip, port)
	return c.client.Agent().ServiceRegister(reg)
}

// Deregister removes the service from consul.
func (c *Client) Deregister(id string) error {
	return c.client.Agent().ServiceDeregister(id)
}
