// Copyright Project Quaymaster Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");

package gc

import (
	"os"
	"time"

	"github.com/quaymaster/quaymaster/src/common"
	"github.com/quaymaster/quaymaster/src/controller/artifact"
	"github.com/quaymaster/quaymaster/src/jobservice/job"
	"github.com/quaymaster/quaymaster/src/jobservice/logger"
	"github.com/quaymaster/quaymaster/src/lib/errors"
	"github.com/quaymaster/quaymaster/src/lib/retry"
	"github.com/quaymaster/quaymaster/src/pkg/artifactrash"
	"github.com/quaymaster/quaymaster/src/pkg/blob"
	"github.com/quaymaster/quaymaster/src/pkg/registry"
	"github.com/quaymaster/quaymaster/src/registryctl/client"
)

// GarbageCollector is the struct to run registry's garbage collection
type GarbageCollector struct {
	artCtl            artifact.Controller
	artrashMgr        artifactrash.Manager
	blobMgr           blob.Manager
	registryCtlClient client.Client
	logger            logger.Interface
	deleteUntagged    bool
	dryRun            bool
	// holds all of trashed artifacts' digest and repositories.
	// The source data of trashedArts is the table ArtifactTrash and it's only used as a dictionary by sweep when to delete a manifest.
	trashedArts  map[string][]artifactrash.ArtifactTrash
	workers      int
	timeWindowHours int64
}

// MaxFails implements the interface in job/Interface
func (gc *GarbageCollector) MaxFails() uint {
	return 1
}

// MaxCurrency is implementation of same method in Interface.
func (gc *GarbageCollector) MaxCurrency() uint {
	return 1
}

// ShouldRetry implements the interface in job/Interface
func (gc *GarbageCollector) ShouldRetry() bool {
	return false
}

// Validate implements the interface in job/Interface
func (gc *GarbageCollector) Validate(params job.Parameters) error {
	return nil
}

func (gc *GarbageCollector) init(ctx job.Context, params job.Parameters) error {
	gc.logger = ctx.GetLogger()
	gc.initRegistryCtl()
	gc.artCtl = artifact.Ctl
	gc.artrashMgr = artifactrash.NewManager()
	gc.blobMgr = blob.NewManager()
	gc.trashedArts = make(map[string][]artifactrash.ArtifactTrash)

	if err := gc.registryCtlClient.Health(); err != nil {
		gc.logger.Errorf("failed to start gc as registry controller is unreachable: %v", err)
		return err
	}
	gc.parseParams(params)
	return nil
}

// Run implements the interface in job/Interface
// The workflow of GC is:
// 1, mark: find the deletion candidates by DB (postgresql)
// 2, sweep: delete manifests via the registry API and blobs via registryctl
func (gc *GarbageCollector) Run(ctx job.Context, params job.Parameters) error {
	if err := gc.init(ctx, params); err != nil {
		return err
	}

	gc.logger.Infof("start to run gc in job.")
	if err := gc.mark(ctx); err != nil {
		gc.logger.Errorf("failed to execute GC job at mark phase, error: %v", err)
		return err
	}
	if err := gc.sweep(ctx); err != nil {
		gc.logger.Errorf("failed to execute GC job at sweep phase, error: %v", err)
		return err
	}
	gc.logger.Infof("success to run gc in job.")
	return nil
}

func (gc *GarbageCollector) sweep(ctx job.Context) error {
	blobs := gc.deleteCandidates
	for _, blob := range blobs {
		if gc.shouldStop(ctx) {
			return errGcStop
		}
		// remove the manifest from the registry (by digest) before deleting the blob from the storage
		if blob.IsManifest() {
			for _, art := range gc.trashedArts[blob.Digest] {
				gc.logger.Infof("delete the manifest with registry v2 API: %s, %s, %s",
					art.RepositoryName, blob.ContentType, blob.Digest)
				if err := v2DeleteManifest(gc.logger, art.RepositoryName, blob.Digest); err != nil {
					gc.logger.Errorf("failed to delete manifest with v2 API, %s, %s, %v", art.RepositoryName, blob.Digest, err)
					return err
				}
				// for manifest, it has to delete the revisions folder of each repository
				gc.logger.Infof("delete manifest from storage: %s", blob.Digest)
				if err := retry.Retry(func() error {
					return ignoreNotFound(func() error {
						return gc.registryCtlClient.DeleteManifest(art.RepositoryName, blob.Digest)
					})
				}, retry.Callback(func(err error, sleep time.Duration) {
					gc.logger.Infof("failed to exec DeleteManifest retry after %s : %v", sleep, err)
				})); err != nil {
					return err
				}
			}
		}

		gc.logger.Infof("delete blob from storage: %s", blob.Digest)
		if err := retry.Retry(func() error {
			return ignoreNotFound(func() error {
				return gc.registryCtlClient.DeleteBlob(blob.Digest)
			})
		}, retry.Callback(func(err error, sleep time.Duration) {
			gc.logger.Infof("failed to exec DeleteBlob retry after %s : %v", sleep, err)
		})); err != nil {
			return err
		}
	}
	return nil
}

// v2DeleteManifest calls the registry API to remove manifest
func v2DeleteManifest(logger logger.Interface, repository, digest string) error {
	exist, _, err := registry.Cli.ManifestExist(repository, digest)
	if err != nil {
		return err
	}
	// it could be happened at remove manifest success but fail to delete harbor DB.
	// when the GC job executes again, the manifest should not exist.
	if !exist {
		logger.Infof("manifest doesn't exist in registry: %s, %s", repository, digest)
		return nil
	}
	return registry.Cli.DeleteManifest(repository, digest)
}

func (gc *GarbageCollector) initRegistryCtl() {
	if os.Getenv("REGISTRY_CONTROLLER_URL") == "" {
		gc.logger.Warning("REGISTRY_CONTROLLER_URL is not set, fallback to " + common.DefaultRegistryCtlURL)
	}
	gc.registryCtlClient = client.DefaultClient()
}
