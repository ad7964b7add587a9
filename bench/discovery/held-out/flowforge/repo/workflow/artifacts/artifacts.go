package artifacts

import (
	"context"
	"fmt"

	"github.com/kilnworks/flowforge/v3/workflow/artifacts/azure"
	"github.com/kilnworks/flowforge/v3/workflow/artifacts/common"
	"github.com/kilnworks/flowforge/v3/workflow/artifacts/gcs"
	"github.com/kilnworks/flowforge/v3/workflow/artifacts/git"
	"github.com/kilnworks/flowforge/v3/workflow/artifacts/http"
	"github.com/kilnworks/flowforge/v3/workflow/artifacts/s3"
	wfv1 "github.com/kilnworks/flowforge/v3/pkg/apis/workflow/v1alpha1"
)

// NewDriver initializes an instance of an artifact driver based on the artifact location.
func NewDriver(ctx context.Context, art *wfv1.Artifact, secret common.SecretFunc) (common.ArtifactDriver, error) {
	switch {
	case art.S3 != nil:
		var accessKey, secretKey string
		if sel := art.S3.AccessKeySecret; sel != nil {
			v, err := secret(sel.Name, sel.Key)
			if err != nil {
				return nil, err
			}
			accessKey = v
		}
		if sel := art.S3.SecretKeySecret; sel != nil {
			v, err := secret(sel.Name, sel.Key)
			if err != nil {
				return nil, err
			}
			secretKey = v
		}
		return &s3.ArtifactDriver{
			Endpoint:    art.S3.Endpoint,
			Region:      art.S3.Region,
			Secure:      art.S3.Insecure == nil || !*art.S3.Insecure,
			AccessKey:   accessKey,
			SecretKey:   secretKey,
			UseSDKCreds: art.S3.UseSDKCreds,
		}, nil
	case art.GCS != nil:
		return &gcs.ArtifactDriver{}, nil
	case art.Azure != nil:
		return &azure.ArtifactDriver{Endpoint: art.Azure.Endpoint, Container: art.Azure.Container}, nil
	case art.HTTP != nil:
		return &http.ArtifactDriver{}, nil
	case art.Git != nil:
		return &git.ArtifactDriver{}, nil
	}
	return nil, fmt.Errorf("unsupported artifact driver for %s", art.Name)
}
