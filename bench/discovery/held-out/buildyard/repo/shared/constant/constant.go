package constant

// PrivilegedPlugins can be changed by 'WOODPECKER_ESCALATE' at runtime
var PrivilegedPlugins = []string{
	"docker.io/woodpeckerci/plugin-docker-buildx",
}

const (
	DefaultCloneImage = "docker.io/woodpeckerci/plugin-git:2.4.0"
	DefaultConfigOrder = ".woodpecker"
)

var DefaultConfigFiles = []string{".woodpecker/*.yml", ".woodpecker.yml"}
