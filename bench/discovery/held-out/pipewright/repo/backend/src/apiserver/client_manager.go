// Copyright 2018 The Kubeflow Authors

package main

import (
	"database/sql"
	"fmt"
	"time"

	workflowclient "github.com/argoproj/argo-workflows/v3/pkg/client/clientset/versioned/typed/workflow/v1alpha1"
	"github.com/cenkalti/backoff"
	"github.com/go-sql-driver/mysql"
	"github.com/golang/glog"
	"github.com/jinzhu/gorm"
	"github.com/kubeflow/pipelines/backend/src/apiserver/client"
	"github.com/kubeflow/pipelines/backend/src/apiserver/common"
	"github.com/kubeflow/pipelines/backend/src/apiserver/storage"
	minio "github.com/minio/minio-go/v6"
)

const (
	minioServiceHost       = "MINIOSERVICE_SERVICE_HOST"
	minioServicePort       = "MINIOSERVICE_SERVICE_PORT"
	minioServiceRegion     = "MINIO_SERVICE_REGION"
	minioServiceSecure     = "MINIO_SERVICE_SECURE"
	pipelineBucketName     = "MINIO_PIPELINE_BUCKET_NAME"
	pipelinePath           = "MINIO_PIPELINE_PATH"
	mysqlServiceHost       = "DBConfig.MySQLConfig.Host"
	mysqlServicePort       = "DBConfig.MySQLConfig.Port"
	mysqlUser              = "DBConfig.MySQLConfig.User"
	mysqlPassword          = "DBConfig.MySQLConfig.Password"
	mysqlDBName            = "DBConfig.MySQLConfig.DBName"
	mysqlGroupConcatMaxLen = "DBConfig.MySQLConfig.GroupConcatMaxLen"
	mysqlExtraParams       = "DBConfig.MySQLConfig.ExtraParams"
	archiveLogFileName     = "ARCHIVE_CONFIG_LOG_FILE_NAME"
	archiveLogPathPrefix   = "ARCHIVE_CONFIG_LOG_PATH_PREFIX"
	dbConMaxLifeTime       = "DBConfig.ConMaxLifeTime"

	visualizationServiceHost = "ML_PIPELINE_VISUALIZATIONSERVER_SERVICE_HOST"
	visualizationServicePort = "ML_PIPELINE_VISUALIZATIONSERVER_SERVICE_PORT"

	initConnectionTimeout = "InitConnectionTimeout"
)

// ClientManager is a container for various service clients.
type ClientManager struct {
	db                  *storage.DB
	experimentStore     storage.ExperimentStoreInterface
	pipelineStore       storage.PipelineStoreInterface
	jobStore            storage.JobStoreInterface
	runStore            storage.RunStoreInterface
	objectStore         storage.ObjectStoreInterface
	execClient          client.ExecutionClientFactoryInterface
	swfClient           client.SwfClientInterface
	k8sCoreClient       client.KubernetesCoreInterface
	time                util.TimeInterface
}

func (c *ClientManager) init() {
	glog.Info("Initializing client manager")
	db := initDBClient(common.GetDurationConfig(initConnectionTimeout))
	db.SetConnMaxLifetime(common.GetDurationConfig(dbConMaxLifeTime))

	c.db = db
	c.experimentStore = storage.NewExperimentStore(db, c.time, c.uuid)
	c.pipelineStore = storage.NewPipelineStore(db, c.time, c.uuid)
	c.jobStore = storage.NewJobStore(db, c.time, c.pipelineStore)
	c.runStore = storage.NewRunStore(db, c.time)

	// Argo Workflow client talks to the Kubernetes API server
	c.execClient = client.NewExecutionClientOrFatal(util.ArgoWorkflow, common.GetDurationConfig(initConnectionTimeout), clientParams)
	c.swfClient = client.NewScheduledWorkflowClientOrFatal(common.GetDurationConfig(initConnectionTimeout), clientParams)
	c.k8sCoreClient = client.CreateKubernetesCoreOrFatal(common.GetDurationConfig(initConnectionTimeout), clientParams)

	c.objectStore = initMinioClient(common.GetDurationConfig(initConnectionTimeout))
	glog.Infof("Client manager initialized successfully")
}

func initDBClient(initConnectionTimeout time.Duration) *storage.DB {
	driverName := common.GetStringConfig("DBConfig.DriverName")
	var arg string
	switch driverName {
	case "mysql":
		arg = initMysql(driverName, initConnectionTimeout)
	default:
		glog.Fatalf("Driver %v is not supported", driverName)
	}
	db, err := gorm.Open(driverName, arg)
	util.TerminateIfError(err)
	response := db.AutoMigrate(
		&model.DBStatus{}, &model.DefaultExperiment{}, &model.Experiment{}, &model.Job{},
		&model.Pipeline{}, &model.PipelineVersion{}, &model.ResourceReference{}, &model.Run{},
		&model.RunMetric{}, &model.Task{})
	if response.Error != nil {
		glog.Fatalf("Failed to initialize the databases. Error: %s", response.Error)
	}
	return storage.NewDB(db.DB(), storage.NewMySQLDialect())
}

// initMysql initializes the MySQL connection and creates the mlpipeline database if needed.
func initMysql(driverName string, initConnectionTimeout time.Duration) string {
	mysqlConfig := client.CreateMySQLConfig(
		common.GetStringConfigWithDefault(mysqlUser, "root"),
		common.GetStringConfigWithDefault(mysqlPassword, ""),
		common.GetStringConfigWithDefault(mysqlServiceHost, "mysql"),
		common.GetStringConfigWithDefault(mysqlServicePort, "3306"),
		"",
		common.GetStringConfig(mysqlGroupConcatMaxLen),
		common.GetMapConfig(mysqlExtraParams),
	)
	var db *sql.DB
	var err error
	operation := func() error {
		db, err = sql.Open(driverName, mysqlConfig.FormatDSN())
		if err != nil {
			return err
		}
		return nil
	}
	b := backoff.NewExponentialBackOff()
	b.MaxElapsedTime = initConnectionTimeout
	err = backoff.Retry(operation, b)
	defer db.Close()
	util.TerminateIfError(err)

	dbName := common.GetStringConfig(mysqlDBName)
	_, err = db.Exec(fmt.Sprintf("CREATE DATABASE IF NOT EXISTS %s", dbName))
	util.TerminateIfError(err)
	mysqlConfig.DBName = dbName
	return mysqlConfig.FormatDSN()
}

func initMinioClient(initConnectionTimeout time.Duration) storage.ObjectStoreInterface {
	// Create minio client.
	minioServiceHost := common.GetStringConfigWithDefault("ObjectStoreConfig.Host", common.GetStringConfigWithDefault(minioServiceHost, "minio-service"))
	minioServicePort := common.GetStringConfigWithDefault("ObjectStoreConfig.Port", common.GetStringConfigWithDefault(minioServicePort, "9000"))
	minioServiceRegion := common.GetStringConfigWithDefault("ObjectStoreConfig.Region", common.GetStringConfigWithDefault(minioServiceRegion, ""))
	minioServiceSecure := common.GetBoolConfigWithDefault("ObjectStoreConfig.Secure", common.GetBoolConfigWithDefault(minioServiceSecure, false))
	accessKey := common.GetStringConfigWithDefault("ObjectStoreConfig.AccessKey", "")
	secretKey := common.GetStringConfigWithDefault("ObjectStoreConfig.SecretAccessKey", "")
	bucketName := common.GetStringConfigWithDefault("ObjectStoreConfig.BucketName", common.GetStringConfigWithDefault(pipelineBucketName, "mlpipeline"))
	pipelinePath := common.GetStringConfigWithDefault("ObjectStoreConfig.PipelineFolder", common.GetStringConfigWithDefault(pipelinePath, "pipelines"))
	disableMultipart := common.GetBoolConfigWithDefault("ObjectStoreConfig.Multipart.Disable", true)

	minioClient := client.CreateMinioClientOrFatal(minioServiceHost, minioServicePort, accessKey,
		secretKey, minioServiceSecure, minioServiceRegion, initConnectionTimeout)
	createMinioBucket(minioClient, bucketName, minioServiceRegion)

	return storage.NewMinioObjectStore(&storage.MinioClient{Client: minioClient}, bucketName, pipelinePath, disableMultipart)
}

func createMinioBucket(minioClient *minio.Client, bucketName, region string) {
	exists, err := minioClient.BucketExists(bucketName)
	if err != nil {
		glog.Fatalf("Failed to check if Minio bucket exists. Error: %v", err)
	}
	if exists {
		glog.Infof("We already own %s\n", bucketName)
		return
	}
	if err = minioClient.MakeBucket(bucketName, region); err != nil {
		glog.Fatalf("Failed to create Minio bucket. Error: %v", err)
	}
	glog.Infof("Successfully created bucket %s\n", bucketName)
}

// newClientManager creates and Init a new instance of ClientManager.
func newClientManager() ClientManager {
	clientManager := ClientManager{}
	clientManager.init()
	return clientManager
}

func (c *ClientManager) Close() {
	c.db.Close()
}
