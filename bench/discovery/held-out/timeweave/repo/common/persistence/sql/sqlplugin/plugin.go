package sqlplugin

import (
	"sync"

	"github.com/jmoiron/sqlx"

	"go.timeweave.io/server/common/config"
)

// Plugin opens a database for one SQL dialect.
type Plugin interface {
	CreateDB(cfg *config.SQL) (*sqlx.DB, error)
	CreateAdminDB(cfg *config.SQL) (*sqlx.DB, error)
}

var (
	mu      sync.RWMutex
	plugins = map[string]Plugin{}
)

func Register(name string, p Plugin) {
	mu.Lock()
	defer mu.Unlock()
	plugins[name] = p
}

func Get(name string) (Plugin, bool) {
	mu.RLock()
	defer mu.RUnlock()
	p, ok := plugins[name]
	return p, ok
}
