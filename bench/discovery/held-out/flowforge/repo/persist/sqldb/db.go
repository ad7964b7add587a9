package sqldb

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	_ "github.com/go-sql-driver/mysql"
	_ "github.com/lib/pq"
	log "github.com/sirupsen/logrus"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"
	"upper.io/db.v3/lib/sqlbuilder"
	"upper.io/db.v3/mysql"
	"upper.io/db.v3/postgresql"

	"github.com/kilnworks/flowforge/v3/config"
)

// CreateDBSession creates the db session from the persistence config, reading credentials from secrets.
func CreateDBSession(kube kubernetes.Interface, namespace string, persist *config.PersistConfig) (sqlbuilder.Database, error) {
	if persist == nil {
		return nil, fmt.Errorf("empty persistence configuration")
	}
	var (
		sess sqlbuilder.Database
		err  error
	)
	switch {
	case persist.PostgreSQL != nil:
		sess, err = createPostGresDBSession(kube, namespace, persist.PostgreSQL)
	case persist.MySQL != nil:
		sess, err = createMySQLDBSession(kube, namespace, persist.MySQL)
	default:
		return nil, fmt.Errorf("no database configured")
	}
	if err != nil {
		return nil, err
	}
	if pool := persist.ConnectionPool; pool != nil {
		sess.SetMaxOpenConns(pool.MaxOpenConns)
		sess.SetMaxIdleConns(pool.MaxIdleConns)
		sess.SetConnMaxLifetime(pool.ConnMaxLifetime.Duration)
	}
	return sess, nil
}

func secretValue(kube kubernetes.Interface, namespace, name, key string) (string, error) {
	s, err := kube.CoreV1().Secrets(namespace).Get(context.Background(), name, metav1.GetOptions{})
	if err != nil {
		return "", err
	}
	return string(s.Data[key]), nil
}

func createPostGresDBSession(kube kubernetes.Interface, namespace string, cfg *config.PostgreSQLConfig) (sqlbuilder.Database, error) {
	user, err := secretValue(kube, namespace, cfg.UsernameSecret.Name, cfg.UsernameSecret.Key)
	if err != nil {
		return nil, err
	}
	pass, err := secretValue(kube, namespace, cfg.PasswordSecret.Name, cfg.PasswordSecret.Key)
	if err != nil {
		return nil, err
	}
	settings := postgresql.ConnectionURL{
		User:     user,
		Password: pass,
		Host:     fmt.Sprintf("%s:%d", cfg.Host, cfg.Port),
		Database: cfg.Database,
		Options:  map[string]string{},
	}
	if cfg.SSL && cfg.SSLMode != "" {
		settings.Options["sslmode"] = cfg.SSLMode
	} else {
		settings.Options["sslmode"] = "disable"
	}
	log.WithField("host", settings.Host).Info("connecting to postgres")
	return postgresql.Open(settings)
}

func createMySQLDBSession(kube kubernetes.Interface, namespace string, cfg *config.MySQLConfig) (sqlbuilder.Database, error) {
	user, err := secretValue(kube, namespace, cfg.UsernameSecret.Name, cfg.UsernameSecret.Key)
	if err != nil {
		return nil, err
	}
	pass, err := secretValue(kube, namespace, cfg.PasswordSecret.Name, cfg.PasswordSecret.Key)
	if err != nil {
		return nil, err
	}
	return mysql.Open(mysql.ConnectionURL{
		User:     user,
		Password: pass,
		Host:     fmt.Sprintf("%s:%d", cfg.Host, cfg.Port),
		Database: cfg.Database,
		Options:  cfg.Options,
	})
}

// Ping is used by health checks.
func Ping(db *sql.DB) error {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	return db.PingContext(ctx)
}
