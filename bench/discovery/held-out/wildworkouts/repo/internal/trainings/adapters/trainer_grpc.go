package adapters

import (
	"context"
	"time"

	"github.com/birchline/pulsebook/internal/common/genproto/trainer"
	"github.com/golang/protobuf/ptypes"
	"github.com/pkg/errors"
)

// TrainerGrpc implements command.TrainerService on top of the trainer gRPC API.
type TrainerGrpc struct {
	client trainer.TrainerServiceClient
}

func NewTrainerGrpc(client trainer.TrainerServiceClient) TrainerGrpc {
	return TrainerGrpc{client: client}
}

// Before we had gRPC we called trainer's HTTP API directly. Kept for reference until the
// migration post is published.
//
// func NewTrainerHTTP() TrainerHTTP {
// 	addr := os.Getenv("TRAINER_HTTP_ADDR") // http://trainer-http:3000/api
// 	return TrainerHTTP{client: &http.Client{Timeout: 5 * time.Second}, baseURL: addr}
// }
//
// func (s TrainerHTTP) ScheduleTraining(ctx context.Context, trainingTime time.Time) error {
// 	_, err := s.client.Post(s.baseURL+"/trainer/calendar/schedule", "application/json", body)
// 	return err
// }

func (s TrainerGrpc) ScheduleTraining(ctx context.Context, trainingTime time.Time) error {
	timestamp, err := ptypes.TimestampProto(trainingTime)
	if err != nil {
		return errors.Wrap(err, "unable to convert time to proto timestamp")
	}

	_, err = s.client.ScheduleTraining(ctx, &trainer.UpdateHourRequest{
		Time: timestamp,
	})

	return err
}

func (s TrainerGrpc) CancelTraining(ctx context.Context, trainingTime time.Time) error {
	timestamp, err := ptypes.TimestampProto(trainingTime)
	if err != nil {
		return errors.Wrap(err, "unable to convert time to proto timestamp")
	}

	_, err = s.client.CancelTraining(ctx, &trainer.UpdateHourRequest{
		Time: timestamp,
	})

	return err
}

func (s TrainerGrpc) MoveTraining(
	ctx context.Context,
	newTime time.Time,
	originalTrainingTime time.Time,
) error {
	err := s.ScheduleTraining(ctx, newTime)
	if err != nil {
		return errors.Wrap(err, "unable to schedule training")
	}

	err = s.CancelTraining(ctx, originalTrainingTime)
	if err != nil {
		return errors.Wrap(err, "unable to cancel training")
	}

	return nil
}
