package logic

import (
	"testing"

	"github.com/alicebob/miniredis/v2"
	"github.com/hibiken/asynq"
	"github.com/stretchr/testify/assert"
)

func TestCalculateHomestayTotalPrice(t *testing.T) {
	assert.Equal(t, int64(60000), CalculateHomestayTotalPrice(30000, 2, 0, 3))
	assert.Equal(t, int64(180000), CalculateHomestayTotalPrice(30000, 2, 1, 3))
	assert.Equal(t, int64(30000), CalculateHomestayTotalPrice(30000, 0, 0, 1))
}

// TestEnqueueCloseTask checks the task lands in the delayed set; miniredis is an in-process fake.
func TestEnqueueCloseTask(t *testing.T) {
	mr := miniredis.RunT(t)
	client := asynq.NewClient(asynq.RedisClientOpt{Addr: mr.Addr()})
	defer client.Close()

	info, err := client.Enqueue(asynq.NewTask("defer:homestayOrder:close", []byte(`{"sn":"HSO1"}`)))
	assert.NoError(t, err)
	assert.Equal(t, "default", info.Queue)
}
