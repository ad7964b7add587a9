package config

import (
	apiv1 "k8s.io/api/core/v1"
)

// ArtifactRepository represents an artifact repository in which a controller will store its artifacts.
type ArtifactRepository struct {
	ArchiveLogs *bool                    `json:"archiveLogs,omitempty"`
	S3          *S3ArtifactRepository    `json:"s3,omitempty"`
	GCS         *GCSArtifactRepository   `json:"gcs,omitempty"`
	Azure       *AzureArtifactRepository `json:"azure,omitempty"`
	HTTP        *HTTPArtifactRepository  `json:"http,omitempty"`
}

type S3ArtifactRepository struct {
	Endpoint        string                   `json:"endpoint"`
	Bucket          string                   `json:"bucket"`
	Region          string                   `json:"region,omitempty"`
	Insecure        *bool                    `json:"insecure,omitempty"`
	KeyFormat       string                   `json:"keyFormat,omitempty"`
	AccessKeySecret *apiv1.SecretKeySelector `json:"accessKeySecret,omitempty"`
	SecretKeySecret *apiv1.SecretKeySelector `json:"secretKeySecret,omitempty"`
	UseSDKCreds     bool                     `json:"useSDKCreds,omitempty"`
}

type GCSArtifactRepository struct {
	Bucket                  string                   `json:"bucket"`
	KeyFormat               string                   `json:"keyFormat,omitempty"`
	ServiceAccountKeySecret *apiv1.SecretKeySelector `json:"serviceAccountKeySecret,omitempty"`
}

type AzureArtifactRepository struct {
	Endpoint       string                   `json:"endpoint"`
	Container      string                   `json:"container"`
	AccountKeySecret *apiv1.SecretKeySelector `json:"accountKeySecret,omitempty"`
}

type HTTPArtifactRepository struct {
	URL string `json:"url"`
}

// IsArchiveLogs returns whether the main container logs should be saved.
func (a *ArtifactRepository) IsArchiveLogs() bool {
	return a != nil && a.ArchiveLogs != nil && *a.ArchiveLogs
}
