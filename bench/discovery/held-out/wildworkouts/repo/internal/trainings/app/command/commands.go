package command

import (
	"context"
	"time"

	"github.com/birchline/pulsebook/internal/common/decorator"
	"github.com/birchline/pulsebook/internal/common/errors"
	"github.com/birchline/pulsebook/internal/trainings/domain/training"
	"github.com/sirupsen/logrus"
)

// TrainerService is implemented by adapters.TrainerGrpc (trainer-grpc).
type TrainerService interface {
	ScheduleTraining(ctx context.Context, trainingTime time.Time) error
	CancelTraining(ctx context.Context, trainingTime time.Time) error
	MoveTraining(ctx context.Context, newTime time.Time, originalTrainingTime time.Time) error
}

// UserService is implemented by adapters.UsersGrpc (users-grpc).
type UserService interface {
	UpdateTrainingBalance(ctx context.Context, userID string, amountChange int) error
}

type handlerDeps struct {
	repo           training.Repository
	userService    UserService
	trainerService TrainerService
}

func newHandlerDeps(repo training.Repository, userService UserService, trainerService TrainerService) handlerDeps {
	if repo == nil {
		panic("nil repo")
	}
	if userService == nil {
		panic("nil userService")
	}
	if trainerService == nil {
		panic("nil trainerService")
	}
	return handlerDeps{repo: repo, userService: userService, trainerService: trainerService}
}

// ---- ScheduleTraining ----

type ScheduleTraining struct {
	TrainingUUID string

	UserUUID string
	UserName string

	TrainingTime time.Time
	Notes        string
}

type ScheduleTrainingHandler decorator.CommandHandler[ScheduleTraining]

type scheduleTrainingHandler struct{ handlerDeps }

func NewScheduleTrainingHandler(
	repo training.Repository,
	userService UserService,
	trainerService TrainerService,
	logger *logrus.Entry,
	metricsClient decorator.MetricsClient,
) ScheduleTrainingHandler {
	return decorator.ApplyCommandDecorators[ScheduleTraining](
		scheduleTrainingHandler{newHandlerDeps(repo, userService, trainerService)},
		logger,
		metricsClient,
	)
}

func (h scheduleTrainingHandler) Handle(ctx context.Context, cmd ScheduleTraining) (err error) {
	tr, err := training.NewTraining(cmd.TrainingUUID, cmd.UserUUID, cmd.UserName, cmd.TrainingTime)
	if err != nil {
		return err
	}
	if err := tr.UpdateNotes(cmd.Notes); err != nil {
		return err
	}

	if err := h.repo.AddTraining(ctx, tr); err != nil {
		return err
	}

	// charge the attendee first (users-grpc), then book the hour (trainer-grpc)
	err = h.userService.UpdateTrainingBalance(ctx, tr.UserUUID(), -1)
	if err != nil {
		return errors.NewSlugError(err.Error(), "unable-to-change-trainings-balance")
	}

	err = h.trainerService.ScheduleTraining(ctx, tr.Time())
	if err != nil {
		return errors.NewSlugError(err.Error(), "unable-to-schedule-training")
	}

	return nil
}

// ---- CancelTraining ----

type CancelTraining struct {
	TrainingUUID string
	User         training.User
}

type CancelTrainingHandler decorator.CommandHandler[CancelTraining]

type cancelTrainingHandler struct{ handlerDeps }

func NewCancelTrainingHandler(
	repo training.Repository,
	userService UserService,
	trainerService TrainerService,
	logger *logrus.Entry,
	metricsClient decorator.MetricsClient,
) CancelTrainingHandler {
	return decorator.ApplyCommandDecorators[CancelTraining](
		cancelTrainingHandler{newHandlerDeps(repo, userService, trainerService)},
		logger,
		metricsClient,
	)
}

func (h cancelTrainingHandler) Handle(ctx context.Context, cmd CancelTraining) (err error) {
	return h.repo.UpdateTraining(
		ctx,
		cmd.TrainingUUID,
		cmd.User,
		func(ctx context.Context, tr *training.Training) (*training.Training, error) {
			if err := tr.Cancel(); err != nil {
				return nil, err
			}

			// attendee gets the credit back only when cancelling at least 24h before
			if tr.CanBeCanceledForFree() || cmd.User.Type() == training.Trainer {
				if err := h.userService.UpdateTrainingBalance(ctx, tr.UserUUID(), 1); err != nil {
					return nil, errors.NewSlugError(err.Error(), "unable-to-change-trainings-balance")
				}
			}

			if err := h.trainerService.CancelTraining(ctx, tr.Time()); err != nil {
				return nil, errors.NewSlugError(err.Error(), "unable-to-cancel-training")
			}

			return tr, nil
		},
	)
}

// ---- RescheduleTraining / ApproveTrainingReschedule ----

type RescheduleTraining struct {
	TrainingUUID string
	NewTime      time.Time
	User         training.User
	NewNotes     string
}

type RescheduleTrainingHandler decorator.CommandHandler[RescheduleTraining]

type rescheduleTrainingHandler struct{ handlerDeps }

func NewRescheduleTrainingHandler(
	repo training.Repository,
	userService UserService,
	trainerService TrainerService,
	logger *logrus.Entry,
	metricsClient decorator.MetricsClient,
) RescheduleTrainingHandler {
	return decorator.ApplyCommandDecorators[RescheduleTraining](
		rescheduleTrainingHandler{newHandlerDeps(repo, userService, trainerService)},
		logger,
		metricsClient,
	)
}

func (h rescheduleTrainingHandler) Handle(ctx context.Context, cmd RescheduleTraining) (err error) {
	return h.repo.UpdateTraining(
		ctx,
		cmd.TrainingUUID,
		cmd.User,
		func(ctx context.Context, tr *training.Training) (*training.Training, error) {
			originalTrainingTime := tr.Time()

			if err := tr.UpdateNotes(cmd.NewNotes); err != nil {
				return nil, err
			}

			if !tr.CanBeCanceledForFree() && cmd.User.Type() == training.Attendee {
				// too late to move it directly, the trainer needs to accept
				tr.ProposeReschedule(cmd.NewTime, cmd.User.Type())
				return tr, nil
			}

			tr.ProposeReschedule(cmd.NewTime, cmd.User.Type())
			if err := tr.ApproveReschedule(otherSide(cmd.User.Type())); err != nil {
				return nil, err
			}

			err := h.trainerService.MoveTraining(ctx, cmd.NewTime, originalTrainingTime)
			if err != nil {
				return nil, err
			}

			return tr, nil
		},
	)
}

type ApproveTrainingReschedule struct {
	TrainingUUID string
	User         training.User
}

type ApproveTrainingRescheduleHandler decorator.CommandHandler[ApproveTrainingReschedule]

type approveTrainingRescheduleHandler struct{ handlerDeps }

func NewApproveTrainingRescheduleHandler(
	repo training.Repository,
	userService UserService,
	trainerService TrainerService,
	logger *logrus.Entry,
	metricsClient decorator.MetricsClient,
) ApproveTrainingRescheduleHandler {
	return decorator.ApplyCommandDecorators[ApproveTrainingReschedule](
		approveTrainingRescheduleHandler{newHandlerDeps(repo, userService, trainerService)},
		logger,
		metricsClient,
	)
}

func (h approveTrainingRescheduleHandler) Handle(ctx context.Context, cmd ApproveTrainingReschedule) (err error) {
	return h.repo.UpdateTraining(
		ctx,
		cmd.TrainingUUID,
		cmd.User,
		func(ctx context.Context, tr *training.Training) (*training.Training, error) {
			originalTrainingTime := tr.Time()

			if err := tr.ApproveReschedule(cmd.User.Type()); err != nil {
				return nil, err
			}

			err := h.trainerService.MoveTraining(ctx, tr.Time(), originalTrainingTime)
			if err != nil {
				return nil, err
			}

			return tr, nil
		},
	)
}

func otherSide(u training.UserType) training.UserType {
	if u == training.Trainer {
		return training.Attendee
	}
	return training.Trainer
}
