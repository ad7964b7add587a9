module go.timeweave.io/ui-server

go 1.22

require (
	github.com/coreos/go-oidc/v3 v3.9.0
	github.com/grpc-ecosystem/grpc-gateway/v2 v2.19.0
	github.com/labstack/echo/v4 v4.11.4
	go.timeweave.io/api v1.28.0
	golang.org/x/oauth2 v0.16.0
	google.golang.org/grpc v1.61.0
	gopkg.in/yaml.v3 v3.0.1
)
