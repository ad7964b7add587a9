module github.com/idforge/idforge/proxy

go 1.21

require (
	github.com/knadh/koanf/v2 v2.0.1
	github.com/pkg/errors v0.9.1
	github.com/sirupsen/logrus v1.9.3
	github.com/spf13/cobra v1.7.0
	github.com/tidwall/gjson v1.16.0
	gopkg.in/yaml.v3 v3.0.1
)
