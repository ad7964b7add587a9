module github.com/idforge/idforge/identity

go 1.21

require (
	github.com/gobuffalo/pop/v6 v6.1.1
	github.com/google/go-jsonnet v0.20.0
	github.com/gofrs/uuid v4.4.0+incompatible
	github.com/hashicorp/go-retryablehttp v0.7.4
	github.com/idforge/idforge/sdk/go v1.1.0
	github.com/jackc/pgx/v5 v5.4.3
	github.com/julienschmidt/httprouter v1.3.0
	github.com/knadh/koanf/v2 v2.0.1
	github.com/mattn/go-sqlite3 v1.14.17
	github.com/pkg/errors v0.9.1
	github.com/sirupsen/logrus v1.9.3
	github.com/spf13/cobra v1.7.0
	github.com/stretchr/testify v1.8.4
	golang.org/x/oauth2 v0.12.0
	gopkg.in/mail.v2 v2.3.1
)
