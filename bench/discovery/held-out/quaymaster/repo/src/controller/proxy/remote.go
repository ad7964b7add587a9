// Copyright Project Quaymaster Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");

package proxy

import (
	"context"
	"fmt"
	"io"

	"github.com/docker/distribution"

	"github.com/quaymaster/quaymaster/src/pkg/reg"
	"github.com/quaymaster/quaymaster/src/pkg/reg/adapter"
	"github.com/quaymaster/quaymaster/src/pkg/reg/model"
)

// RemoteInterface defines operations related to remote repository under proxy
type RemoteInterface interface {
	// BlobReader create a reader for remote blob
	BlobReader(repo, dig string) (int64, io.ReadCloser, error)
	// Manifest get manifest by reference
	Manifest(repo string, ref string) (distribution.Manifest, string, error)
	// ManifestExist checks manifest exist, if exist, return digest
	ManifestExist(repo string, ref string) (bool, *distribution.Descriptor, error)
	// ListTags returns all tags of the repo
	ListTags(repo string) ([]string, error)
}

// remoteHelper defines operations related to remote repository under proxy.
// A proxy-cache project in core pulls through to the upstream registry endpoint
// (e.g. Docker Hub via the docker-hub adapter) when the artifact is not cached locally.
type remoteHelper struct {
	regID       int64
	registry    adapter.ArtifactRegistry
	registryMgr reg.Manager
	opt         *Options
}

// Options provides the options for remote helper
type Options struct {
	// WithCache indicates whether to use the cache
	WithCache bool
}

// NewRemoteHelper create a remote interface
func NewRemoteHelper(ctx context.Context, regID int64, opts ...Option) (RemoteInterface, error) {
	r := &remoteHelper{
		regID:       regID,
		registryMgr: reg.Mgr,
		opt:         NewOptions(opts...),
	}
	if err := r.init(ctx); err != nil {
		return nil, err
	}
	return r, nil
}

func (r *remoteHelper) init(ctx context.Context) error {
	if r.registry != nil {
		return nil
	}
	reg, err := r.registryMgr.Get(ctx, r.regID)
	if err != nil {
		return err
	}
	if reg == nil {
		return fmt.Errorf("failed to get registry, registryID: %v", r.regID)
	}
	if reg.Status != model.Healthy {
		return fmt.Errorf("current registry is unhealthy, regID:%v, Name:%v, Status: %v", reg.ID, reg.Name, reg.Status)
	}
	factory, err := adapter.GetFactory(reg.Type)
	if err != nil {
		return err
	}
	adp, err := factory.Create(reg)
	if err != nil {
		return err
	}
	r.registry = adp.(adapter.ArtifactRegistry)
	return nil
}

func (r *remoteHelper) BlobReader(repo, dig string) (int64, io.ReadCloser, error) {
	return r.registry.PullBlob(repo, dig)
}

func (r *remoteHelper) Manifest(repo string, ref string) (distribution.Manifest, string, error) {
	return r.registry.PullManifest(repo, ref)
}

func (r *remoteHelper) ManifestExist(repo string, ref string) (bool, *distribution.Descriptor, error) {
	return r.registry.ManifestExist(repo, ref)
}

func (r *remoteHelper) ListTags(repo string) ([]string, error) {
	return r.registry.ListTags(repo)
}
