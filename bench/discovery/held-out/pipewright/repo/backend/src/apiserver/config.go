package main

import (
	"strings"

	"github.com/fsnotify/fsnotify"
	"github.com/golang/glog"
	"github.com/spf13/viper"
)

// initConfig reads config.json and overlays environment variables.
// Env vars such as DBCONFIG_MYSQLCONFIG_HOST map onto DBConfig.MySQLConfig.Host,
// OBJECTSTORECONFIG_HOST onto ObjectStoreConfig.Host, etc.
func initConfig() {
	viper.SetConfigName("config")
	viper.AddConfigPath("/config")
	viper.AddConfigPath(*configPath)
	viper.SetConfigType("json")
	if err := viper.ReadInConfig(); err != nil {
		glog.Fatalf("Fatal error config file: %s", err)
	}
	viper.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	viper.AutomaticEnv()
	viper.WatchConfig()
	viper.OnConfigChange(func(e fsnotify.Event) {
		glog.Infof("Config file changed: %s", e.Name)
	})
}
