package service

import (
	"context"
	"os"
	"time"

	"cloud.google.com/go/firestore"
	"github.com/birchline/pulsebook/internal/common/metrics"
	"github.com/birchline/pulsebook/internal/trainer/adapters"
	"github.com/birchline/pulsebook/internal/trainer/app"
	"github.com/birchline/pulsebook/internal/trainer/app/command"
	"github.com/birchline/pulsebook/internal/trainer/app/query"
	"github.com/birchline/pulsebook/internal/trainer/domain/hour"
	"github.com/sirupsen/logrus"
)

func NewApplication(ctx context.Context) app.Application {
	// FIRESTORE_EMULATOR_HOST is picked up by the client library, so locally this talks to the
	// emulator from docker-compose and on Cloud Run to the project's Firestore.
	firestoreClient, err := firestore.NewClient(ctx, os.Getenv("GCP_PROJECT"))
	if err != nil {
		panic(err)
	}

	factoryConfig := hour.FactoryConfig{
		MaxWeeksInTheFutureToSet: 6,
		MinUtcHour:               12,
		MaxUtcHour:               20,
	}

	hourFactory, err := hour.NewFactory(factoryConfig)
	if err != nil {
		panic(err)
	}

	hourRepository := newHourRepository(firestoreClient, hourFactory)
	datesRepository := adapters.NewDatesFirestoreRepository(firestoreClient, factoryConfig)

	logger := logrus.NewEntry(logrus.StandardLogger())
	metricsClient := metrics.NoOp{}

	return app.Application{
		Commands: app.Commands{
			CancelTraining:       command.NewCancelTrainingHandler(hourRepository, logger, metricsClient),
			ScheduleTraining:     command.NewScheduleTrainingHandler(hourRepository, logger, metricsClient),
			MakeHoursAvailable:   command.NewMakeHoursAvailableHandler(hourRepository, logger, metricsClient),
			MakeHoursUnavailable: command.NewMakeHoursUnavailableHandler(hourRepository, logger, metricsClient),
		},
		Queries: app.Queries{
			HourAvailability:      query.NewHourAvailabilityHandler(hourRepository, logger, metricsClient),
			TrainerAvailableHours: query.NewAvailableHoursHandler(datesRepository, logger, metricsClient),
		},
	}
}

// newHourRepository picks the storage for the hour aggregate. The calendar read model
// (dates collection) always stays in Firestore.
func newHourRepository(firestoreClient *firestore.Client, hourFactory hour.Factory) hour.Repository {
	switch os.Getenv("HOURS_REPOSITORY") {
	case "mysql":
		db, err := adapters.NewMySQLConnection()
		if err != nil {
			panic(err)
		}
		waitForMySQL(db.Ping, 30*time.Second)
		return adapters.NewMySQLHourRepository(db, hourFactory)
	case "memory":
		return adapters.NewMemoryHourRepository(hourFactory)
	default:
		return adapters.NewFirestoreHourRepository(firestoreClient, hourFactory)
	}
}

func waitForMySQL(ping func() error, timeout time.Duration) {
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		if err := ping(); err == nil {
			return
		}
		logrus.Info("waiting for MySQL")
		time.Sleep(time.Second)
	}
}
