package service

import (
	"context"
	"log"
	"net/http"
	"os"
	"testing"
	"time"

	"github.com/birchline/pulsebook/internal/common/client"
	"github.com/birchline/pulsebook/internal/common/genproto/trainer"
	"github.com/birchline/pulsebook/internal/common/server"
	"github.com/birchline/pulsebook/internal/common/tests"
	"github.com/birchline/pulsebook/internal/trainer/ports"
	"github.com/go-chi/chi/v5"
	"github.com/golang/protobuf/ptypes"
	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"
)

// Component tests start the trainer in-process on the ports from .test.env
// (TRAINER_HTTP_ADDR=localhost:5000, TRAINER_GRPC_ADDR=localhost:5010) and talk to it
// like its real clients would.
func TestHoursAvailability(t *testing.T) {
	t.Parallel()

	token := tests.FakeTrainerJWT(t, uuid.New().String())
	httpClient := tests.NewTrainerHTTPClient(t, token)

	hour := tests.RelativeDate(11, 12)
	require.Equal(t, http.StatusNoContent, httpClient.MakeHourAvailable(t, hour))

	trainerClient, closeClient, err := client.NewTrainerClient()
	require.NoError(t, err)
	defer func() { _ = closeClient() }()

	ts, err := ptypes.TimestampProto(hour)
	require.NoError(t, err)

	resp, err := trainerClient.IsHourAvailable(context.Background(), &trainer.IsHourAvailableRequest{Time: ts})
	require.NoError(t, err)
	require.True(t, resp.IsAvailable)

	_, err = trainerClient.ScheduleTraining(context.Background(), &trainer.UpdateHourRequest{Time: ts})
	require.NoError(t, err)

	resp, err = trainerClient.IsHourAvailable(context.Background(), &trainer.IsHourAvailableRequest{Time: ts})
	require.NoError(t, err)
	require.False(t, resp.IsAvailable)
}

func startService() bool {
	app := NewApplication(context.Background())

	trainerHTTPAddr := os.Getenv("TRAINER_HTTP_ADDR")
	go server.RunHTTPServerOnAddr(trainerHTTPAddr, func(router chi.Router) http.Handler {
		return ports.HandlerFromMux(ports.NewHttpServer(app), router)
	})

	trainerGrpcAddr := os.Getenv("TRAINER_GRPC_ADDR")
	go server.RunGRPCServerOnAddr(trainerGrpcAddr, func(server *grpc.Server) {
		svc := ports.NewGrpcServer(app)
		trainer.RegisterTrainerServiceServer(server, svc)
	})

	ok := client.WaitForPort(trainerHTTPAddr, time.Second*10)
	if !ok {
		log.Println("Timed out waiting for trainer HTTP to come up")
		return false
	}

	ok = client.WaitForPort(trainerGrpcAddr, time.Second*10)
	if !ok {
		log.Println("Timed out waiting for trainer gRPC to come up")
	}

	return ok
}

func TestMain(m *testing.M) {
	if !startService() {
		os.Exit(1)
	}

	os.Exit(m.Run())
}
