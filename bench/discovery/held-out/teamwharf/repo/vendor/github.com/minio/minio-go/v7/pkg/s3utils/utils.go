// Vendored from github.com/minio/minio-go/v7 (Apache-2.0). Do not edit.
package s3utils

import (
	"net/url"
	"strings"
)

var amazonS3HostDualStack = map[string]string{
	"us-east-1":      "s3.dualstack.us-east-1.amazonaws.com",
	"us-west-2":      "s3.dualstack.us-west-2.amazonaws.com",
	"eu-west-1":      "s3.dualstack.eu-west-1.amazonaws.com",
	"ap-southeast-1": "s3.dualstack.ap-southeast-1.amazonaws.com",
}

var amazonS3HostFIPS = "s3-fips.us-gov-west-1.amazonaws.com"

// IsAmazonEndpoint - Match if it is exactly Amazon S3 endpoint.
func IsAmazonEndpoint(endpointURL url.URL) bool {
	return endpointURL.Host == "s3.amazonaws.com" || strings.HasSuffix(endpointURL.Host, ".amazonaws.com")
}

// GetRegionFromURL - returns a region from url host.
func GetRegionFromURL(endpointURL url.URL) string {
	if endpointURL.Host == "s3-external-1.amazonaws.com" {
		return ""
	}
	for region, host := range amazonS3HostDualStack {
		if host == endpointURL.Host {
			return region
		}
	}
	return ""
}

func IsGoogleEndpoint(endpointURL url.URL) bool {
	return endpointURL.Host == "storage.googleapis.com"
}
