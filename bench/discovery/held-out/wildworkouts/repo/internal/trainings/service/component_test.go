package service

import (
	"context"
	"log"
	"net/http"
	"os"
	"testing"
	"time"

	"github.com/birchline/pulsebook/internal/common/client"
	"github.com/birchline/pulsebook/internal/common/server"
	"github.com/birchline/pulsebook/internal/common/tests"
	"github.com/birchline/pulsebook/internal/trainings/ports"
	"github.com/go-chi/chi/v5"
	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

// The trainings component test does not need trainer or users running: their gRPC adapters are
// replaced with TrainerServiceMock and UserServiceMock. Only the firestore-component-tests
// emulator is required (FIRESTORE_EMULATOR_HOST=localhost:8788).
func TestCreateTraining(t *testing.T) {
	t.Parallel()

	token := tests.FakeAttendeeJWT(t, uuid.New().String())
	trainingsHTTPClient := tests.NewTrainingsHTTPClient(t, token)

	hour := tests.RelativeDate(12, 12)
	require.Equal(t, http.StatusNoContent, trainingsHTTPClient.CreateTraining(t, "some note", hour))
}

func startService() bool {
	app := NewComponentTestApplication(context.Background())

	trainingsHTTPAddr := os.Getenv("TRAININGS_HTTP_ADDR")
	go server.RunHTTPServerOnAddr(trainingsHTTPAddr, func(router chi.Router) http.Handler {
		return ports.HandlerFromMux(ports.NewHttpServer(app), router)
	})

	ok := client.WaitForPort(trainingsHTTPAddr, time.Second*10)
	if !ok {
		log.Println("Timed out waiting for trainings HTTP to come up")
	}

	return ok
}

func TestMain(m *testing.M) {
	if !startService() {
		os.Exit(1)
	}

	os.Exit(m.Run())
}
