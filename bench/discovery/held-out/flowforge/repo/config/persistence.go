package config

import (
	apiv1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

type PersistConfig struct {
	NodeStatusOffload bool             `json:"nodeStatusOffLoad,omitempty"`
	Archive           bool             `json:"archive,omitempty"`
	ArchiveTTL        metav1.Duration  `json:"archiveTTL,omitempty"`
	ClusterName       string           `json:"clusterName,omitempty"`
	ConnectionPool    *ConnectionPool  `json:"connectionPool,omitempty"`
	PostgreSQL        *PostgreSQLConfig `json:"postgresql,omitempty"`
	MySQL             *MySQLConfig     `json:"mysql,omitempty"`
	SkipMigration     bool             `json:"skipMigration,omitempty"`
}

type ConnectionPool struct {
	MaxIdleConns    int             `json:"maxIdleConns,omitempty"`
	MaxOpenConns    int             `json:"maxOpenConns,omitempty"`
	ConnMaxLifetime metav1.Duration `json:"connMaxLifetime,omitempty"`
}

type DatabaseConfig struct {
	Host           string                  `json:"host"`
	Port           int                     `json:"port,omitempty"`
	Database       string                  `json:"database"`
	TableName      string                  `json:"tableName,omitempty"`
	UsernameSecret apiv1.SecretKeySelector `json:"userNameSecret,omitempty"`
	PasswordSecret apiv1.SecretKeySelector `json:"passwordSecret,omitempty"`
}

type PostgreSQLConfig struct {
	DatabaseConfig
	SSL     bool   `json:"ssl,omitempty"`
	SSLMode string `json:"sslMode,omitempty"`
}

type MySQLConfig struct {
	DatabaseConfig
	Options map[string]string `json:"options,omitempty"`
}

func (c *PersistConfig) GetArchiveLabelSelector() string { return "" }

func (c *PersistConfig) GetClusterName() string {
	if c == nil || c.ClusterName == "" {
		return "default"
	}
	return c.ClusterName
}
