package adapters_test

import (
	"context"
	"os"
	"sync"
	"testing"
	"time"

	"cloud.google.com/go/firestore"
	"github.com/birchline/pulsebook/internal/trainer/adapters"
	"github.com/birchline/pulsebook/internal/trainer/domain/hour"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Runs every hour.Repository implementation against real infrastructure:
// MySQL from docker-compose (MYSQL_ADDR=localhost in .test.env) and the
// firestore-component-tests emulator (FIRESTORE_EMULATOR_HOST=localhost:8788).
func TestRepository(t *testing.T) {
	repositories := createRepositories(t)

	for i := range repositories {
		// When you are looping over the slice and later using iterated value in goroutine (here because of t.Parallel()),
		// you need to always create variable scoped in loop body!
		r := repositories[i]

		t.Run(r.Name, func(t *testing.T) {
			// It's always a good idea to build all non-unit tests to be able to work in parallel.
			t.Parallel()

			t.Run("testUpdateHour", func(t *testing.T) {
				t.Parallel()
				testUpdateHour(t, r.Repository)
			})
			t.Run("testUpdateHour_parallel", func(t *testing.T) {
				t.Parallel()
				testUpdateHourParallel(t, r.Repository)
			})
		})
	}
}

type Repository struct {
	Name       string
	Repository hour.Repository
}

func createRepositories(t *testing.T) []Repository {
	return []Repository{
		{
			Name:       "Firebase",
			Repository: newFirebaseRepository(t, context.Background()),
		},
		{
			Name:       "MySQL",
			Repository: newMySQLRepository(t),
		},
		{
			Name:       "memory",
			Repository: adapters.NewMemoryHourRepository(testHourFactory),
		},
	}
}

var testHourFactory = hour.MustNewFactory(hour.FactoryConfig{
	MaxWeeksInTheFutureToSet: 100,
	MinUtcHour:               0,
	MaxUtcHour:               24,
})

func testUpdateHour(t *testing.T, repository hour.Repository) {
	ctx := context.Background()
	hourTime := newValidHourTime()

	err := repository.UpdateHour(ctx, hourTime, func(h *hour.Hour) (*hour.Hour, error) {
		require.NoError(t, h.MakeAvailable())
		return h, nil
	})
	require.NoError(t, err)

	dbHour, err := repository.GetHour(ctx, hourTime)
	require.NoError(t, err)
	assert.True(t, dbHour.IsAvailable())
}

func testUpdateHourParallel(t *testing.T, repository hour.Repository) {
	if _, ok := repository.(*adapters.MemoryHourRepository); ok {
		t.Skip("memory repository is not transactional")
	}

	ctx := context.Background()
	hourTime := newValidHourTime()

	err := repository.UpdateHour(ctx, hourTime, func(h *hour.Hour) (*hour.Hour, error) {
		return h, h.MakeAvailable()
	})
	require.NoError(t, err)

	workersCount := 20
	workersDone := sync.WaitGroup{}
	workersDone.Add(workersCount)

	startWorkers := make(chan struct{})
	trainingsScheduled := make(chan int, workersCount)

	for worker := 0; worker < workersCount; worker++ {
		workerNum := worker

		go func() {
			defer workersDone.Done()
			<-startWorkers

			schedulingTraining := false
			err := repository.UpdateHour(ctx, hourTime, func(h *hour.Hour) (*hour.Hour, error) {
				if h.HasTrainingScheduled() {
					return h, nil
				}
				if !h.IsAvailable() {
					return h, nil
				}
				if err := h.ScheduleTraining(); err != nil {
					return nil, err
				}
				schedulingTraining = true
				return h, nil
			})

			if schedulingTraining && err == nil {
				trainingsScheduled <- workerNum
			}
		}()
	}

	close(startWorkers)
	workersDone.Wait()
	close(trainingsScheduled)

	var workersScheduledTraining []int
	for workerNum := range trainingsScheduled {
		workersScheduledTraining = append(workersScheduledTraining, workerNum)
	}

	assert.Len(t, workersScheduledTraining, 1, "only one worker should schedule training")
}

func newFirebaseRepository(t *testing.T, ctx context.Context) *adapters.FirestoreHourRepository {
	firestoreClient, err := firestore.NewClient(ctx, os.Getenv("GCP_PROJECT"))
	require.NoError(t, err)

	return adapters.NewFirestoreHourRepository(firestoreClient, testHourFactory)
}

func newMySQLRepository(t *testing.T) *adapters.MySQLHourRepository {
	db, err := adapters.NewMySQLConnection()
	require.NoError(t, err)

	return adapters.NewMySQLHourRepository(db, testHourFactory)
}

var usedHours = sync.Map{}

func newValidHourTime() time.Time {
	for {
		minTime := time.Now().AddDate(0, 0, 1)
		minTimestamp := minTime.Unix()
		maxTimestamp := time.Now().AddDate(0, 0, 7*100).Unix()

		t := time.Unix(minTimestamp+time.Now().UnixNano()%(maxTimestamp-minTimestamp), 0).Truncate(time.Hour).Local()

		_, alreadyUsed := usedHours.LoadOrStore(t.Unix(), true)
		if !alreadyUsed {
			return t
		}
	}
}
