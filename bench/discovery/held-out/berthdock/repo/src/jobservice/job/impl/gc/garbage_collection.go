package gc

import (
	"fmt"
	"os"
	"time"

	"github.com/berthdock/berthdock/src/controller/artifact"
	"github.com/berthdock/berthdock/src/jobservice/job"
	"github.com/berthdock/berthdock/src/jobservice/logger"
	"github.com/berthdock/berthdock/src/lib/errors"
	"github.com/berthdock/berthdock/src/pkg/artifactrash"
	"github.com/berthdock/berthdock/src/pkg/blob"
	"github.com/berthdock/berthdock/src/registryctl/client"
)

const (
	dialConnectionTimeout = 30 * time.Second
	dialReadTimeout       = time.Minute + 10*time.Second
	dialWriteTimeout      = 10 * time.Second
	blobPrefix            = "blobs::*"
	repoPrefix            = "repository::*"
)

// GarbageCollector is the struct to run registry's garbage collection. It marks unreferenced
// blobs in the database and then asks registryctl, which shares the registry storage, to delete
// the manifests and blobs from the storage backend.
type GarbageCollector struct {
	artCtl            artifact.Controller
	artrashMgr        artifactrash.Manager
	blobMgr           blob.Manager
	registryCtlClient client.Client
	logger            logger.Interface
	deleteUntagged    bool
	dryRun            bool
	workers           int
	timeWindowHours   int64
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
	regCtlInit()
	gc.logger = ctx.GetLogger()
	gc.registryCtlClient = client.RegistryCtlClient
	gc.artCtl = artifact.Ctl
	gc.artrashMgr = artifactrash.NewManager()
	gc.blobMgr = blob.NewManager()
	gc.parseParams(params)
	return nil
}

func (gc *GarbageCollector) parseParams(params job.Parameters) {
	gc.deleteUntagged = false
	if untagged, exist := params["delete_untagged"]; exist {
		if b, ok := untagged.(bool); ok {
			gc.deleteUntagged = b
		}
	}
	gc.timeWindowHours = 2
	gc.workers = 1
	if w, exist := params["workers"]; exist {
		if v, ok := w.(float64); ok {
			gc.workers = int(v)
		}
	}
	gc.dryRun = false
	if dryRun, exist := params["dry_run"]; exist {
		if b, ok := dryRun.(bool); ok {
			gc.dryRun = b
		}
	}
}

// Run implements the interface in job/Interface
func (gc *GarbageCollector) Run(ctx job.Context, params job.Parameters) error {
	if err := gc.init(ctx, params); err != nil {
		return err
	}
	if err := gc.registryCtlClient.Health(); err != nil {
		gc.logger.Errorf("failed to start gc as registry controller is unreachable: %v", err)
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

func (gc *GarbageCollector) mark(ctx job.Context) error {
	blobs, err := gc.blobMgr.UselessBlobs(ctx.SystemContext(), gc.timeWindowHours)
	if err != nil {
		return err
	}
	gc.logger.Infof("%d blobs are eligible for deletion", len(blobs))
	return nil
}

func (gc *GarbageCollector) sweep(ctx job.Context) error {
	if gc.dryRun {
		return nil
	}
	candidates, err := gc.blobMgr.List(ctx.SystemContext(), blob.ListParams{Status: blob.StatusDeleting})
	if err != nil {
		return err
	}
	for _, candidate := range candidates {
		if candidate.IsManifest() {
			for _, repo := range candidate.Repositories {
				if err := retry(func() error {
					return gc.registryCtlClient.DeleteManifest(repo, candidate.Digest)
				}); err != nil {
					gc.logger.Errorf("failed to delete manifest %s@%s: %v", repo, candidate.Digest, err)
				}
			}
		}
		if err := retry(func() error {
			return gc.registryCtlClient.DeleteBlob(candidate.Digest)
		}); err != nil {
			if errors.IsNotFoundErr(err) {
				continue
			}
			gc.logger.Errorf("failed to delete blob %s: %v", candidate.Digest, err)
			continue
		}
		if err := gc.blobMgr.Delete(ctx.SystemContext(), candidate.ID); err != nil {
			gc.logger.Errorf("failed to delete blob record %d: %v", candidate.ID, err)
		}
	}
	return nil
}

func retry(f func() error) error {
	var err error
	for i := 0; i < 3; i++ {
		if err = f(); err == nil {
			return nil
		}
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return err
}

func regCtlInit() {
	if client.RegistryCtlClient == nil {
		client.Init()
	}
	if os.Getenv("REGISTRY_CONTROLLER_URL") == "" {
		fmt.Fprintln(os.Stderr, "REGISTRY_CONTROLLER_URL is not set, using default")
	}
}
