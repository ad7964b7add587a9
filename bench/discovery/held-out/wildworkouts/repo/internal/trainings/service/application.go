package service

import (
	"context"
	"os"
	"time"

	"cloud.google.com/go/firestore"
	grpcClient "github.com/birchline/pulsebook/internal/common/client"
	"github.com/birchline/pulsebook/internal/common/metrics"
	"github.com/birchline/pulsebook/internal/trainings/adapters"
	"github.com/birchline/pulsebook/internal/trainings/app"
	"github.com/birchline/pulsebook/internal/trainings/app/command"
	"github.com/birchline/pulsebook/internal/trainings/app/query"
	"github.com/sirupsen/logrus"
)

func NewApplication(ctx context.Context) (app.Application, func()) {
	trainerClient, closeTrainerClient, err := grpcClient.NewTrainerClient()
	if err != nil {
		panic(err)
	}

	usersClient, closeUsersClient, err := grpcClient.NewUsersClient()
	if err != nil {
		panic(err)
	}
	trainerGrpc := adapters.NewTrainerGrpc(trainerClient)
	usersGrpc := adapters.NewUsersGrpc(usersClient)

	return newApplication(ctx, trainerGrpc, usersGrpc),
		func() {
			_ = closeTrainerClient()
			_ = closeUsersClient()
		}
}

// NewComponentTestApplication replaces the gRPC dependencies with in-memory mocks.
func NewComponentTestApplication(ctx context.Context) app.Application {
	return newApplication(ctx, TrainerServiceMock{}, UserServiceMock{})
}

func newApplication(ctx context.Context, trainerService command.TrainerService, userService command.UserService) app.Application {
	client, err := firestore.NewClient(ctx, os.Getenv("GCP_PROJECT"))
	if err != nil {
		panic(err)
	}

	trainingsRepository := adapters.NewTrainingsFirestoreRepository(client)

	logger := logrus.NewEntry(logrus.StandardLogger())
	metricsClient := metrics.NoOp{}

	return app.Application{
		Commands: app.Commands{
			ApproveTrainingReschedule: command.NewApproveTrainingRescheduleHandler(trainingsRepository, userService, trainerService, logger, metricsClient),
			CancelTraining:            command.NewCancelTrainingHandler(trainingsRepository, userService, trainerService, logger, metricsClient),
			RescheduleTraining:        command.NewRescheduleTrainingHandler(trainingsRepository, userService, trainerService, logger, metricsClient),
			ScheduleTraining:          command.NewScheduleTrainingHandler(trainingsRepository, userService, trainerService, logger, metricsClient),
		},
		Queries: app.Queries{
			AllTrainings:     query.NewAllTrainingsHandler(trainingsRepository, logger, metricsClient),
			TrainingsForUser: query.NewTrainingsForUserHandler(trainingsRepository, logger, metricsClient),
		},
	}
}

// TrainerServiceMock and UserServiceMock are used by component tests instead of the gRPC adapters.
type TrainerServiceMock struct{}

func (TrainerServiceMock) ScheduleTraining(ctx context.Context, trainingTime time.Time) error {
	return nil
}

func (TrainerServiceMock) CancelTraining(ctx context.Context, trainingTime time.Time) error {
	return nil
}

func (TrainerServiceMock) MoveTraining(ctx context.Context, newTime time.Time, originalTrainingTime time.Time) error {
	return nil
}

type UserServiceMock struct{}

func (UserServiceMock) UpdateTrainingBalance(ctx context.Context, userID string, amountChange int) error {
	return nil
}
