// Package tune holds knobs read from the environment: GC percent, memcached client
// timeouts and pool sizes.
package tune

import (
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/bradfitz/gomemcache/memcache"
	"github.com/rs/zerolog/log"
)

var (
	defaultGCPercent        int = 100
	defaultMemCTimeout      int = 2
	defaultMemCMaxIdleConns int = 512
)

func setGCPercent() {
	ratio := defaultGCPercent
	if val, ok := os.LookupEnv("GC"); ok {
		ratio, _ = strconv.Atoi(val)
	}
	debug.SetGCPercent(ratio)
	log.Info().Msgf("Tune: setGCPercent to %d", ratio)
}

func getMemCTimeout() int {
	timeout := defaultMemCTimeout
	if val, ok := os.LookupEnv("MEMC_TIMEOUT"); ok {
		timeout, _ = strconv.Atoi(val)
	}
	return timeout
}

// NewMemCClient2 returns a memcached client for a comma-separated server list.
func NewMemCClient2(servers string) *memcache.Client {
	ss := new(memcache.ServerList)
	serverList := strings.Split(servers, ",")
	if err := ss.SetServers(serverList...); err != nil {
		log.Panic().Msgf("memcached server list %q: %v", servers, err)
	}
	memcClient := memcache.NewFromSelector(ss)
	memcClient.Timeout = time.Second * time.Duration(getMemCTimeout())
	memcClient.MaxIdleConns = defaultMemCMaxIdleConns
	return memcClient
}

// Init applies process-wide tuning.
func Init() {
	setGCPercent()
}
