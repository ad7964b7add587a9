package storage

import (
	"net/url"

	"github.com/basekit/auth/internal/conf"
	"github.com/gobuffalo/pop/v6"
	"github.com/pkg/errors"
	"github.com/sirupsen/logrus"
)

// Connection is the interface a storage provider must implement.
type Connection struct {
	*pop.Connection
}

// Dial will connect to that storage engine (Postgres, via BKAUTH_DB_DATABASE_URL).
func Dial(config *conf.GlobalConfiguration) (*Connection, error) {
	if config.DB.Driver == "" && config.DB.URL != "" {
		u, err := url.Parse(config.DB.URL)
		if err != nil {
			return nil, errors.Wrap(err, "parsing db connection url")
		}
		config.DB.Driver = u.Scheme
	}

	options := make(map[string]string)
	if config.DB.Namespace != "" {
		options["search_path"] = config.DB.Namespace
	}

	db, err := pop.NewConnection(&pop.ConnectionDetails{
		Dialect: config.DB.Driver,
		URL:     config.DB.URL,
		Pool:    config.DB.MaxPoolSize,
		Options: options,
	})
	if err != nil {
		return nil, errors.Wrap(err, "opening database connection")
	}
	if err := db.Open(); err != nil {
		return nil, errors.Wrap(err, "checking database connection")
	}
	logrus.Debug("connected to postgres")
	return &Connection{db}, nil
}
