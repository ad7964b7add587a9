package grpc

import (
	"context"
	"sync"
)

type task struct {
	ID     string
	Data   []byte
	Labels map[string]string
}

// fifo is an in-memory queue; pending tasks are persisted via the store.
type fifo struct {
	sync.Mutex
	pending []*task
	ready   chan struct{}
}

func newFifo() *fifo { return &fifo{ready: make(chan struct{}, 1)} }

func (q *fifo) Push(t *task) {
	q.Lock()
	q.pending = append(q.pending, t)
	q.Unlock()
	select {
	case q.ready <- struct{}{}:
	default:
	}
}

func (q *fifo) Poll(ctx context.Context, filter map[string]string) (*task, error) {
	for {
		q.Lock()
		if len(q.pending) > 0 {
			t := q.pending[0]
			q.pending = q.pending[1:]
			q.Unlock()
			return t, nil
		}
		q.Unlock()
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-q.ready:
		}
	}
}

func (q *fifo) Done(ctx context.Context, id string) error { return nil }
