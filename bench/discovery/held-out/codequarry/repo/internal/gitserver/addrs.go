package gitserver

import (
	"crypto/md5"
	"encoding/binary"
	"strings"

	"github.com/codequarry/codequarry/internal/env"
)

var gitServersEnv = env.Get("SRC_GIT_SERVERS", "127.0.0.1:3178", "space separated list of gitserver addresses")

// Addrs returns the gitserver replica addresses, e.g. "gitserver-0:3178 gitserver-1:3178".
func Addrs() []string {
	return strings.Fields(gitServersEnv)
}

// AddrForRepo picks the replica that owns repo by hashing its name.
func AddrForRepo(repo string, addrs []string) string {
	if len(addrs) == 0 {
		return ""
	}
	sum := md5.Sum([]byte(strings.ToLower(repo)))
	n := binary.BigEndian.Uint64(sum[:8])
	return addrs[n%uint64(len(addrs))]
}
