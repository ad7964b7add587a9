module github.com/quaymaster/quaymaster/src

go 1.21

require (
	github.com/FZambia/sentinel v1.1.0
	github.com/astaxie/beego v1.12.3
	github.com/beego/beego/v2 v2.0.6
	github.com/coreos/go-oidc/v3 v3.6.0
	github.com/distribution/distribution v2.8.2+incompatible
	github.com/docker/distribution v2.8.2+incompatible
	github.com/go-ldap/ldap/v3 v3.4.5
	github.com/go-openapi/runtime v0.26.0
	github.com/gocraft/work v0.5.1
	github.com/golang-migrate/migrate/v4 v4.16.2
	github.com/gomodule/redigo v2.0.0+incompatible
	github.com/gorilla/handlers v1.5.1
	github.com/gorilla/mux v1.8.0
	github.com/jackc/pgx/v4 v4.18.1
	github.com/opencontainers/go-digest v1.0.0
	github.com/prometheus/client_golang v1.16.0
	github.com/robfig/cron/v3 v3.0.1
	github.com/stretchr/testify v1.8.4
	golang.org/x/oauth2 v0.10.0
	gopkg.in/yaml.v2 v2.4.0
)
