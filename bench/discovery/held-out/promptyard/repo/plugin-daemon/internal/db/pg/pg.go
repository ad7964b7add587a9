package pg

import (
	"fmt"
	"time"

	"github.com/promptyard/promptyard-plugin-daemon/internal/types/app"
	"github.com/promptyard/promptyard-plugin-daemon/internal/types/models"
	"github.com/promptyard/promptyard-plugin-daemon/internal/utils/log"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
)

var PGDB *gorm.DB

func Init(config *app.Config) {
	// first try to connect to target database
	dsn := fmt.Sprintf(
		"host=%s port=%d user=%s password=%s dbname=%s sslmode=%s",
		config.DBHost, config.DBPort, config.DBUsername, config.DBPassword, config.DBDatabase, config.DBSslMode,
	)
	db, err := gorm.Open(postgres.Open(dsn), &gorm.Config{})
	if err != nil {
		// if connection fails, try to create database
		defaultDsn := fmt.Sprintf(
			"host=%s port=%d user=%s password=%s dbname=%s sslmode=%s",
			config.DBHost, config.DBPort, config.DBUsername, config.DBPassword, config.DBDefaultDatabase, config.DBSslMode,
		)
		db, err = gorm.Open(postgres.Open(defaultDsn), &gorm.Config{})
		if err != nil {
			log.Panic("failed to connect to default database: %s", err.Error())
		}
		db.Exec(fmt.Sprintf("CREATE DATABASE %s", config.DBDatabase))

		db, err = gorm.Open(postgres.Open(dsn), &gorm.Config{})
		if err != nil {
			log.Panic("failed to connect to database %s: %s", config.DBDatabase, err.Error())
		}
	}

	pgsqlDB, err := db.DB()
	if err != nil {
		log.Panic("failed to get sql.DB: %s", err.Error())
	}

	pgsqlDB.SetConnMaxIdleTime(time.Minute * 1)
	pgsqlDB.SetMaxIdleConns(config.DBMaxIdleConns)
	pgsqlDB.SetMaxOpenConns(config.DBMaxOpenConns)

	PGDB = db

	if err := db.AutoMigrate(
		models.Plugin{},
		models.PluginInstallation{},
		models.PluginDeclaration{},
		models.Endpoint{},
		models.ServerlessRuntime{},
		models.ToolInstallation{},
		models.InstallTask{},
	); err != nil {
		log.Panic("failed to migrate: %s", err.Error())
	}

	log.Info("plugin daemon connected to postgres %s:%d/%s", config.DBHost, config.DBPort, config.DBDatabase)
}
