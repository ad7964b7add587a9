module go.woodpecker-ci.org/woodpecker/v2

go 1.21

require (
	code.gitea.io/sdk/gitea v0.17.1
	github.com/docker/docker v24.0.7+incompatible
	github.com/gin-gonic/gin v1.9.1
	github.com/go-sql-driver/mysql v1.7.1
	github.com/google/go-github/v57 v57.0.0
	github.com/lib/pq v1.10.9
	github.com/mattn/go-sqlite3 v1.14.19
	github.com/prometheus/client_golang v1.18.0
	github.com/rs/zerolog v1.31.0
	github.com/urfave/cli/v2 v2.26.0
	github.com/xanzy/go-gitlab v0.95.2
	golang.org/x/oauth2 v0.15.0
	google.golang.org/grpc v1.60.1
	google.golang.org/protobuf v1.32.0
	k8s.io/client-go v0.29.0
	xorm.io/xorm v1.3.6
)
