module github.com/idforge/idforge/oauth2

go 1.21

require (
	github.com/gobuffalo/pop/v6 v6.1.1
	github.com/julienschmidt/httprouter v1.3.0
	github.com/knadh/koanf/v2 v2.0.1
	github.com/pkg/errors v0.9.1
	github.com/sirupsen/logrus v1.9.3
	github.com/spf13/cobra v1.7.0
	github.com/stretchr/testify v1.8.4
)
