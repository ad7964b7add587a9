package quota

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
)

// Key written by the Celery task posthog.tasks.scheduled.update_quota_limits.
const quotaLimiterCacheKey = "@hoglytics/quota-limits/events"

type Limiter struct {
	client  *redis.Client
	mu      sync.RWMutex
	limited map[string]struct{}
}

func NewLimiter(redisURL string) (*Limiter, error) {
	opts, err := redis.ParseURL(redisURL)
	if err != nil {
		return nil, err
	}
	return &Limiter{client: redis.NewClient(opts), limited: map[string]struct{}{}}, nil
}

func (l *Limiter) Run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		l.refresh(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (l *Limiter) refresh(ctx context.Context) {
	tokens, err := l.client.SMembers(ctx, quotaLimiterCacheKey).Result()
	if err != nil {
		slog.Warn("quota refresh failed", "err", err)
		return
	}
	next := make(map[string]struct{}, len(tokens))
	for _, t := range tokens {
		next[t] = struct{}{}
	}
	l.mu.Lock()
	l.limited = next
	l.mu.Unlock()
}

func (l *Limiter) IsLimited(token string) bool {
	l.mu.RLock()
	defer l.mu.RUnlock()
	_, ok := l.limited[token]
	return ok
}
