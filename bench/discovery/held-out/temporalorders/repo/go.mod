module github.com/tidewater-labs/oms

go 1.22

require (
	github.com/gorilla/mux v1.8.1
	github.com/jmoiron/sqlx v1.4.0
	github.com/prometheus/client_golang v1.19.1
	github.com/spf13/cobra v1.8.1
	github.com/stretchr/testify v1.9.0
	github.com/uber-go/tally/v4 v4.1.16
	go.mongodb.org/mongo-driver v1.16.1
	go.temporal.io/api v1.36.0
	go.temporal.io/sdk v1.28.1
	go.temporal.io/sdk/contrib/tally v0.2.0
	golang.org/x/sync v0.7.0
	google.golang.org/protobuf v1.34.2
	modernc.org/sqlite v1.31.1
)
