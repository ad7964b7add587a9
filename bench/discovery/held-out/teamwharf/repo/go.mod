module github.com/teamwharf/teamwharf

go 1.22

require (
	firebase.google.com/go/v4 v4.14.0
	github.com/blevesearch/bleve/v2 v2.4.0
	github.com/google/go-github/v61 v61.0.0
	github.com/gorilla/mux v1.8.1
	github.com/hashicorp/memberlist v0.5.1
	github.com/lib/pq v1.10.9
	github.com/minio/minio-go/v7 v7.0.70
	github.com/opensearch-project/opensearch-go/v3 v3.1.0
	github.com/prometheus/client_golang v1.19.1
	github.com/rudderlabs/analytics-go v3.3.3+incompatible
	github.com/sideshow/apns2 v0.23.0
	github.com/spf13/cobra v1.8.0
	github.com/golang-migrate/migrate/v4 v4.17.1
	golang.org/x/oauth2 v0.20.0
)
