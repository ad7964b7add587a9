// Package env wraps caarlos0/env so every service parses its config the same way.
package env

import (
	"github.com/caarlos0/env/v10"
)

// Options mirrors env.Options so callers do not import caarlos0 directly.
type Options = env.Options

// Parse fills v from environment variables according to its `env` struct tags.
// An optional Options can set a Prefix (e.g. "DM_THINGS_DB_").
func Parse(v interface{}, opts ...Options) error {
	if len(opts) > 0 {
		return env.ParseWithOptions(v, opts[0])
	}
	return env.Parse(v)
}
