// Copyright Project Quaymaster Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");

package scan

import (
	"context"
	"fmt"

	"github.com/quaymaster/quaymaster/src/controller/artifact"
	"github.com/quaymaster/quaymaster/src/controller/robot"
	"github.com/quaymaster/quaymaster/src/jobservice/job"
	"github.com/quaymaster/quaymaster/src/lib/config"
	"github.com/quaymaster/quaymaster/src/lib/errors"
	"github.com/quaymaster/quaymaster/src/lib/log"
	"github.com/quaymaster/quaymaster/src/pkg/scan/dao/scanner"
	v1 "github.com/quaymaster/quaymaster/src/pkg/scan/rest/v1"
	"github.com/quaymaster/quaymaster/src/pkg/task"
)

// DefaultController is a default singleton scan API controller.
var DefaultController = NewController()

const (
	// ScanAllVendorType is the vendor type of scan all
	ScanAllVendorType = "SCAN_ALL"
	// VendorTypeScanAll ...
	robotExpireSeconds = 60 * 60 * 24 // one day
)

// basicController is default implementation of api.Controller interface
type basicController struct {
	// Managers for managing the scanner registrations
	sc scanner.Controller
	// Robot account controller
	rc robot.Controller
	// Task manager
	taskMgr task.Manager
	// Execution manager
	execMgr task.ExecutionManager
	// Configuration getter func
	config func(ctx context.Context) (string, error)
}

// NewController news a scan API controller
func NewController() Controller {
	return &basicController{
		sc:      scanner.DefaultController,
		rc:      robot.Ctl,
		taskMgr: task.Mgr,
		execMgr: task.ExecMgr,
		// Get the scan V1 to JobService API
		config: func(ctx context.Context) (string, error) {
			// the registry address the scanner adapter pulls from: the internal address of core,
			// which serves /v2/ (proxied to the registry) and validates the robot token
			return config.InternalCoreURL(), nil
		},
	}
}

// makeScanJob builds the jobservice job data for scanning an artifact. The job itself (run in
// jobservice) calls the scanner adapter's /api/v1/scan endpoint.
func (bc *basicController) makeScanJob(ctx context.Context, r *scanner.Registration, art *artifact.Artifact, robotAccount *robot.Robot) (*job.Parameters, error) {
	// Set job parameters
	registryAddr, err := bc.config(ctx)
	if err != nil {
		return nil, errors.Wrap(err, "scan controller: make scan job")
	}

	scanReq := &v1.ScanRequest{
		Registry: &v1.Registry{
			URL: registryAddr,
		},
		Artifact: &v1.Artifact{
			NamespaceID: art.ProjectID,
			Repository:  art.RepositoryName,
			Digest:      art.Digest,
			MimeType:    art.ManifestMediaType,
			Size:        art.Size,
		},
	}

	rJSON, err := r.ToJSON()
	if err != nil {
		return nil, errors.Wrap(err, "scan controller: make scan job")
	}

	sJSON, err := scanReq.ToJSON()
	if err != nil {
		return nil, errors.Wrap(err, "launch scan job")
	}

	robotJSON, err := robotAccount.ToJSON()
	if err != nil {
		return nil, errors.Wrap(err, "launch scan job")
	}

	return &job.Parameters{
		JobParamRegistration: rJSON,
		JobParameterRequest:  sJSON,
		JobParameterMimes:    []string{v1.MimeTypeNativeReport, v1.MimeTypeGenericVulnerabilityReport},
		JobParameterAuthType: r.GetRegistryAuthorizationType(),
		JobParameterRobot:    robotJSON,
	}, nil
}

// GetMetadata pings the registered scanner (core -> scanner adapter) for its capabilities.
func (bc *basicController) GetMetadata(ctx context.Context, registration *scanner.Registration) (*v1.ScannerAdapterMetadata, error) {
	client, err := registration.Client(v1.DefaultClientPool)
	if err != nil {
		return nil, errors.Wrap(err, "scanner controller: ping")
	}
	meta, err := client.GetMetadata()
	if err != nil {
		log.Warningf("failed to get metadata of scanner %s at %s: %v", registration.Name, registration.URL, err)
		return nil, fmt.Errorf("scanner controller: ping: %w", err)
	}
	return meta, nil
}
