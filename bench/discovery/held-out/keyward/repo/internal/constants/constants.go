package constants

import (
	"fmt"
	"os"
)

func BUILD(def string) string {
	build := os.Getenv("GIT_BUILD_HASH")
	if build == "" {
		return def
	}
	return build
}

func FullVersion() string {
	ver := VERSION
	if b := BUILD(""); b != "" {
		return fmt.Sprintf("%s+%s", ver, b)
	}
	return ver
}

func UserAgentOutpost() string {
	return fmt.Sprintf("keyward-outpost@%s", FullVersion())
}

func UserAgentIPRewrite() string {
	return fmt.Sprintf("keyward-ip-rewrite@%s", FullVersion())
}

func UserAgent() string {
	return fmt.Sprintf("keyward@%s", FullVersion())
}

const VERSION = "2024.8.3"
