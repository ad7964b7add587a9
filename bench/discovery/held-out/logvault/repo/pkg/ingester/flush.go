package ingester

import (
	"context"
	"time"

	"github.com/go-kit/log/level"

	"github.com/logvault/logvault/v3/pkg/storage/chunk"
)

// flushChunks writes closed chunks to the object store via the chunk store, which also
// writes them through the memcached chunk cache and updates the TSDB head that is later
// shipped to the bucket.
func (i *Ingester) flushChunks(ctx context.Context, userID string, cs []*chunkDesc) error {
	wireChunks := make([]chunk.Chunk, 0, len(cs))
	for _, c := range cs {
		wireChunks = append(wireChunks, c.toWireChunk(userID))
	}
	ctx, cancel := context.WithTimeout(ctx, i.cfg.FlushOpTimeout)
	defer cancel()
	if err := i.store.Put(ctx, wireChunks); err != nil {
		level.Error(logger).Log("msg", "failed to flush chunks", "user", userID, "err", err)
		return err
	}
	for _, c := range cs {
		c.flushed = time.Now()
	}
	return nil
}

func (i *Ingester) flushLoop(j int) {
	for {
		op := i.flushQueues[j].Dequeue()
		if op == nil {
			return
		}
		_ = i.flushUserSeries(op.(*flushOp).userID, op.(*flushOp).fp, op.(*flushOp).immediate)
	}
}
