module keyward.example/keyward

go 1.23

require (
	beryju.io/ldap v0.1.0
	github.com/getsentry/sentry-go v0.29.0
	github.com/go-http-utils/etag v0.0.0-20161124023236-513ea8f21eb1
	github.com/gorilla/handlers v1.5.2
	github.com/gorilla/mux v1.8.1
	github.com/gorilla/securecookie v1.1.2
	github.com/gorilla/websocket v1.5.3
	github.com/jellydator/ttlcache/v3 v3.3.0
	github.com/mitchellh/mapstructure v1.5.0
	github.com/prometheus/client_golang v1.20.4
	github.com/sethvargo/go-envconfig v1.1.0
	github.com/sirupsen/logrus v1.9.3
	github.com/spf13/cobra v1.8.1
	goauthentik.io/api/v3 v3.2024083.2
	golang.org/x/oauth2 v0.23.0
	gopkg.in/yaml.v2 v2.4.0
	layeh.com/radius v0.0.0-20231213012653-1006025d24f8
)
