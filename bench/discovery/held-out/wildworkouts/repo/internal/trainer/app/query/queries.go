package query

import (
	"context"
	"time"

	"github.com/birchline/pulsebook/internal/common/decorator"
	"github.com/birchline/pulsebook/internal/common/errors"
	"github.com/birchline/pulsebook/internal/trainer/domain/hour"
	"github.com/sirupsen/logrus"
)

// ---- HourAvailability (gRPC IsHourAvailable) ----

type HourAvailability struct {
	Hour time.Time
}

type HourAvailabilityHandler decorator.QueryHandler[HourAvailability, bool]

type hourAvailabilityHandler struct {
	hourRepo hour.Repository
}

func NewHourAvailabilityHandler(hourRepo hour.Repository, logger *logrus.Entry, metricsClient decorator.MetricsClient) HourAvailabilityHandler {
	return decorator.ApplyQueryDecorators[HourAvailability, bool](
		hourAvailabilityHandler{hourRepo: hourRepo},
		logger,
		metricsClient,
	)
}

func (h hourAvailabilityHandler) Handle(ctx context.Context, query HourAvailability) (bool, error) {
	hour, err := h.hourRepo.GetHour(ctx, query.Hour)
	if err != nil {
		return false, err
	}

	return hour.IsAvailable(), nil
}

// ---- AvailableHours (HTTP calendar, read model) ----

type Date struct {
	Date         time.Time
	HasFreeHours bool
	Hours        []Hour
}

type Hour struct {
	Available            bool
	HasTrainingScheduled bool
	Hour                 time.Time
}

type AvailableHours struct {
	From time.Time
	To   time.Time
}

type AvailableHoursReadModel interface {
	AvailableHours(ctx context.Context, from time.Time, to time.Time) ([]Date, error)
}

type AvailableHoursHandler decorator.QueryHandler[AvailableHours, []Date]

type availableHoursHandler struct {
	readModel AvailableHoursReadModel
}

func NewAvailableHoursHandler(readModel AvailableHoursReadModel, logger *logrus.Entry, metricsClient decorator.MetricsClient) AvailableHoursHandler {
	return decorator.ApplyQueryDecorators[AvailableHours, []Date](
		availableHoursHandler{readModel: readModel},
		logger,
		metricsClient,
	)
}

func (h availableHoursHandler) Handle(ctx context.Context, query AvailableHours) (d []Date, err error) {
	if query.From.After(query.To) {
		return nil, errors.NewIncorrectInputError("date-from-after-date-to", "Date from after date to")
	}

	return h.readModel.AvailableHours(ctx, query.From, query.To)
}
