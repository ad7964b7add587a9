module code.gitgrove.io/gitgrove

go 1.22

require (
	code.gitgrove.io/actions-proto-go v0.4.0
	connectrpc.com/connect v1.16.2
	gitgrove.com/go-chi/cache v0.2.0
	gitgrove.com/go-chi/session v0.0.0-20240316035857-16768d98ec96
	github.com/go-chi/chi/v5 v5.0.12
	github.com/lib/pq v1.10.9
	github.com/markbates/goth v1.79.0
	github.com/meilisearch/meilisearch-go v0.26.2
	github.com/minio/minio-go/v7 v7.0.70
	github.com/olivere/elastic/v7 v7.0.32
	github.com/redis/go-redis/v9 v9.5.1
	github.com/stretchr/testify v1.9.0
	github.com/urfave/cli/v2 v2.27.2
	golang.org/x/oauth2 v0.20.0
	gopkg.in/ini.v1 v1.67.0
	xorm.io/builder v0.3.13
	xorm.io/xorm v1.3.9
)

require (
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/dustin/go-humanize v1.0.1 // indirect
	github.com/goccy/go-json v0.10.2 // indirect
	github.com/golang/snappy v0.0.4 // indirect
	github.com/google/uuid v1.6.0 // indirect
	github.com/gorilla/mux v1.8.1 // indirect
	github.com/josharian/intern v1.0.0 // indirect
	github.com/klauspost/compress v1.17.8 // indirect
	github.com/mailru/easyjson v0.7.7 // indirect
	github.com/pkg/errors v0.9.1 // indirect
	github.com/rs/xid v1.5.0 // indirect
	google.golang.org/protobuf v1.34.1 // indirect
)
