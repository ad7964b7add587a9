package v1

// Scanner represents metadata of a Scanner Adapter which allow Berthdock to lookup a scanner capable
// of scanning a given Artifact stored in its registry and making sure that it can interpret a
// returned result.
type Scanner struct {
	Name    string `json:"name"`
	Vendor  string `json:"vendor"`
	Version string `json:"version"`
}

// ScannerAdapterMetadata represents metadata of a Scanner Adapter which allows Berthdock to lookup
// a scanner capable of scanning a given Artifact stored in its registry.
type ScannerAdapterMetadata struct {
	Scanner      *Scanner            `json:"scanner"`
	Capabilities []*ScannerCapability `json:"capabilities"`
	Properties   map[string]string    `json:"properties"`
}

// ScannerCapability consists of the set of recognized artifact MIME types and the set of scanner
// report MIME types.
type ScannerCapability struct {
	Type             string   `json:"type"`
	ConsumesMimeTypes []string `json:"consumes_mime_types"`
	ProducesMimeTypes []string `json:"produces_mime_types"`
}

// Artifact represents an artifact stored in Registry.
type Artifact struct {
	Repository string `json:"repository,omitempty"`
	Digest     string `json:"digest,omitempty"`
	Tag        string `json:"tag,omitempty"`
	MimeType   string `json:"mime_type,omitempty"`
}

// Registry represents Registry connection settings. The URL is the address the scanner adapter
// uses to pull the artifact; Berthdock sends its internal core URL (or the registry URL when
// the registration has use_internal_addr disabled) together with a robot account token.
type Registry struct {
	URL           string `json:"url"`
	Authorization string `json:"authorization"`
}

// ScanRequest represents a structure that is sent to a Scanner Adapter to initiate artifact
// scanning. Conducts all the details required to pull the artifact from a Berthdock registry.
type ScanRequest struct {
	Registry *Registry `json:"registry"`
	Artifact *Artifact `json:"artifact"`
}

// ScanResponse represents the response returned by the scanner adapter after scan request successfully
// submitted.
type ScanResponse struct {
	ID string `json:"id"`
}

// ErrorResponse contains error message when requests are not correctly handled.
type ErrorResponse struct {
	Error *Error `json:"error"`
}

// Error message
type Error struct {
	Message string `json:"message"`
}
