package tests

import (
	"math/rand"
	"net/http"
	"os"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

// TestCreateTraining runs against the full docker-compose stack (make up). It is skipped unless
// E2E=true so that `make test` works without the stack running.
func TestCreateTraining(t *testing.T) {
	if os.Getenv("E2E") != "true" {
		t.Skip("set E2E=true to run end-to-end tests against docker-compose")
	}
	t.Parallel()

	hour := RelativeDate(12+rand.Intn(100), 12)

	trainerJWT := FakeTrainerJWT(t, uuid.New().String())
	trainerHTTPClient := NewTrainerHTTPClient(t, trainerJWT)
	require.Equal(t, http.StatusNoContent, trainerHTTPClient.MakeHourAvailable(t, hour))

	userID := uuid.New().String()
	userJWT := FakeAttendeeJWT(t, userID)
	usersHTTPClient := NewUsersHTTPClient(t, userJWT)
	trainingsHTTPClient := NewTrainingsHTTPClient(t, userJWT)

	balanceBefore := usersHTTPClient.GetCurrentUserBalance(t)
	require.Equal(t, http.StatusNoContent, trainingsHTTPClient.CreateTraining(t, "some note", hour))

	require.Equal(t, balanceBefore-1, usersHTTPClient.GetCurrentUserBalance(t))
}
