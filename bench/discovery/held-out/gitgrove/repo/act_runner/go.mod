module gitgrove.com/gitgrove/act_runner

go 1.22

require (
	code.gitgrove.io/actions-proto-go v0.4.0
	connectrpc.com/connect v1.16.2
	github.com/avast/retry-go/v4 v4.6.0
	github.com/docker/docker v25.0.5+incompatible
	github.com/joho/godotenv v1.5.1
	github.com/mattn/go-isatty v0.0.20
	github.com/nektos/act v0.2.61
	github.com/sirupsen/logrus v1.9.3
	github.com/spf13/cobra v1.8.0
	github.com/stretchr/testify v1.9.0
	golang.org/x/term v0.20.0
	golang.org/x/time v0.5.0
	google.golang.org/protobuf v1.34.1
	gopkg.in/yaml.v3 v3.0.1
	gotest.tools/v3 v3.5.1
)

replace github.com/nektos/act => gitgrove.com/gitgrove/act v0.259.1
