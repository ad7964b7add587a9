// Copyright 2020 The Kubeflow Authors

package main

import (
	"database/sql"
	"flag"
	"fmt"
	"log"
	"net/http"
	"path/filepath"
	"time"

	"github.com/cenkalti/backoff"
	"github.com/go-sql-driver/mysql"
	"github.com/kubeflow/pipelines/backend/src/cache/client"
	"github.com/kubeflow/pipelines/backend/src/cache/model"
	"github.com/kubeflow/pipelines/backend/src/cache/server"
	"github.com/kubeflow/pipelines/backend/src/cache/storage"
)

const (
	TlsDir      string = "/etc/webhook/certs"
	TlsCertFile string = "cert.pem"
	TlsKeyFile  string = "key.pem"
)

const (
	MutateAPI   string = "/mutate"
	WebhookPort string = ":8443"
)

const (
	initConnectionTimeout = 6 * time.Minute
	mysqlDBDriverDefault  = "mysql"
	mysqlDBHostDefault    = "mysql.kubeflow.svc.cluster.local"
	mysqlDBPortDefault    = "3306"
	mysqlDBGroupConcatMaxLenDefault = "4194304"
)

type WhSvrDBParameters struct {
	dbDriver            string
	dbHost              string
	dbPort              string
	dbName              string
	dbUser              string
	dbPwd               string
	dbGroupConcatMaxLen string
	dbExtraParams       string
	namespaceToWatch    string
}

func main() {
	var params WhSvrDBParameters
	flag.StringVar(&params.dbDriver, "db_driver", mysqlDBDriverDefault, "Database driver name, mysql is the default value")
	flag.StringVar(&params.dbHost, "db_host", mysqlDBHostDefault, "Database host name.")
	flag.StringVar(&params.dbPort, "db_port", mysqlDBPortDefault, "Database port number.")
	flag.StringVar(&params.dbName, "db_name", "cachedb", "Database name.")
	flag.StringVar(&params.dbUser, "db_user", "root", "Database user name.")
	flag.StringVar(&params.dbPwd, "db_password", "", "Database password.")
	flag.StringVar(&params.dbGroupConcatMaxLen, "db_group_concat_max_len", mysqlDBGroupConcatMaxLenDefault, "Database group concat max length.")
	flag.StringVar(&params.namespaceToWatch, "namespace_to_watch", "kubeflow", "Namespace to watch.")
	flag.Parse()

	log.Println("Initing client manager....")
	clientManager := NewClientManager(params)
	certPath := filepath.Join(TlsDir, TlsCertFile)
	keyPath := filepath.Join(TlsDir, TlsKeyFile)

	mux := http.NewServeMux()
	mux.Handle(MutateAPI, server.AdmitFuncHandler(server.MutatePodIfCached, &clientManager))
	srv := &http.Server{Addr: WebhookPort, Handler: mux}
	log.Fatal(srv.ListenAndServeTLS(certPath, keyPath))
}

func initMysql(params WhSvrDBParameters) string {
	mysqlConfig := client.CreateMySQLConfig(params.dbUser, params.dbPwd, params.dbHost, params.dbPort, "", params.dbGroupConcatMaxLen, nil)
	var db *sql.DB
	var err error
	operation := func() error {
		db, err = sql.Open(params.dbDriver, mysqlConfig.FormatDSN())
		return err
	}
	b := backoff.NewExponentialBackOff()
	b.MaxElapsedTime = initConnectionTimeout
	err = backoff.Retry(operation, b)
	defer db.Close()
	if err != nil {
		log.Fatalf("Failed to open mysql: %v", err)
	}
	_, err = db.Exec(fmt.Sprintf("CREATE DATABASE IF NOT EXISTS %s", params.dbName))
	if err != nil {
		log.Fatalf("Failed to create database %s: %v", params.dbName, err)
	}
	mysqlConfig.DBName = params.dbName
	return mysqlConfig.FormatDSN()
}

var _ = mysql.Config{}
var _ = model.ExecutionCache{}
var _ = storage.ExecutionCacheStore{}
