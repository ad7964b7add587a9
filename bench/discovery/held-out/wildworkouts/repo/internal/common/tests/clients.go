package tests

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v4"
	"github.com/stretchr/testify/require"
)

// FakeAttendeeJWT and FakeTrainerJWT build tokens accepted by auth.HttpMockMiddleware (MOCK_AUTH=true).
func FakeAttendeeJWT(t *testing.T, userID string) string {
	return fakeJWT(t, jwt.MapClaims{
		"user_uuid": userID,
		"email":     "attendee@pulsebook.test",
		"role":      "attendee",
		"name":      "Attendee",
	})
}

func FakeTrainerJWT(t *testing.T, userID string) string {
	return fakeJWT(t, jwt.MapClaims{
		"user_uuid": userID,
		"email":     "trainer@pulsebook.test",
		"role":      "trainer",
		"name":      "Trainer",
	})
}

func fakeJWT(t *testing.T, claims jwt.MapClaims) string {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	tokenString, err := token.SignedString([]byte("mock_secret"))
	require.NoError(t, err)
	return tokenString
}

// apiClient is a tiny HTTP client for the component and e2e tests. The address comes from
// TRAINER_HTTP_ADDR / TRAININGS_HTTP_ADDR / USERS_HTTP_ADDR (see .test.env), falling back to the
// ports docker-compose publishes on localhost.
type apiClient struct {
	baseURL string
	token   string
	http    *http.Client
}

func newAPIClient(envName, fallback, token string) apiClient {
	addr := os.Getenv(envName)
	if addr == "" {
		addr = fallback
	}
	return apiClient{
		baseURL: fmt.Sprintf("http://%s/api", addr),
		token:   token,
		http:    &http.Client{Timeout: 5 * time.Second},
	}
}

func (c apiClient) do(t *testing.T, method, path string, body interface{}) *http.Response {
	var buf bytes.Buffer
	if body != nil {
		require.NoError(t, json.NewEncoder(&buf).Encode(body))
	}

	req, err := http.NewRequestWithContext(context.Background(), method, c.baseURL+path, &buf)
	require.NoError(t, err)
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("Content-Type", "application/json")

	resp, err := c.http.Do(req)
	require.NoError(t, err)
	return resp
}

type TrainerHTTPClient struct{ apiClient }

func NewTrainerHTTPClient(t *testing.T, token string) TrainerHTTPClient {
	return TrainerHTTPClient{newAPIClient("TRAINER_HTTP_ADDR", "localhost:3000", token)}
}

func (c TrainerHTTPClient) MakeHourAvailable(t *testing.T, hour time.Time) int {
	resp := c.do(t, http.MethodPut, "/trainer/calendar/make-hour-available", map[string]interface{}{
		"hours": []time.Time{hour},
	})
	defer resp.Body.Close()
	return resp.StatusCode
}

type TrainingsHTTPClient struct{ apiClient }

func NewTrainingsHTTPClient(t *testing.T, token string) TrainingsHTTPClient {
	return TrainingsHTTPClient{newAPIClient("TRAININGS_HTTP_ADDR", "localhost:3001", token)}
}

func (c TrainingsHTTPClient) CreateTraining(t *testing.T, note string, hour time.Time) int {
	resp := c.do(t, http.MethodPost, "/trainings", map[string]interface{}{
		"notes": note,
		"time":  hour,
	})
	defer resp.Body.Close()
	return resp.StatusCode
}

func (c TrainingsHTTPClient) CancelTraining(t *testing.T, trainingUUID string) int {
	resp := c.do(t, http.MethodDelete, "/trainings/"+trainingUUID, nil)
	defer resp.Body.Close()
	return resp.StatusCode
}

type UsersHTTPClient struct{ apiClient }

func NewUsersHTTPClient(t *testing.T, token string) UsersHTTPClient {
	return UsersHTTPClient{newAPIClient("USERS_HTTP_ADDR", "localhost:3002", token)}
}

func (c UsersHTTPClient) GetCurrentUserBalance(t *testing.T) int {
	resp := c.do(t, http.MethodGet, "/users/current", nil)
	defer resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)

	var user struct {
		Balance int `json:"balance"`
	}
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&user))
	return user.Balance
}

// RelativeDate returns a full hour `days` days from today, used to avoid collisions between tests.
func RelativeDate(days int, hour int) time.Time {
	return time.Now().Truncate(24*time.Hour).AddDate(0, 0, days).Add(time.Duration(hour) * time.Hour)
}
