package client

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/pkg/errors"
	"google.golang.org/grpc/credentials"
)

// On Cloud Run private services require an identity token signed for the callee's URL.
// We get it from the GCE metadata server available inside every Cloud Run container.
const metadataIdentityURL = "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/identity?audience="

type metadataServerToken struct {
	serviceURL string
	httpClient *http.Client
}

func newMetadataServerToken(grpcAddr string) credentials.PerRPCCredentials {
	// based on https://cloud.google.com/run/docs/authenticating/service-to-service#go
	// service need to have https prefix without port
	serviceURL := "https://" + strings.Split(grpcAddr, ":")[0]

	return metadataServerToken{serviceURL: serviceURL, httpClient: http.DefaultClient}
}

// GetRequestMetadata is called on every request, so we are sure that token is always not expired
func (t metadataServerToken) GetRequestMetadata(ctx context.Context, in ...string) (map[string]string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, metadataIdentityURL+t.serviceURL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Metadata-Flavor", "Google")

	resp, err := t.httpClient.Do(req)
	if err != nil {
		return nil, errors.Wrap(err, "cannot query id token for gRPC")
	}
	defer resp.Body.Close()

	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("metadata server returned %d", resp.StatusCode)
	}

	idToken, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}

	return map[string]string{
		"authorization": "Bearer " + string(idToken),
	}, nil
}

func (metadataServerToken) RequireTransportSecurity() bool {
	return true
}
