package app

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"time"

	"github.com/codequarry/codequarry/internal/redispool"
	"github.com/gomodule/redigo/redis"
)

const sessionCookie = "cq-session"

// WithSession attaches a session stored in redis-store to each request.
func WithSession(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie(sessionCookie)
		if err != nil || !sessionExists(c.Value) {
			id := newID()
			conn := redispool.Store.Get()
			_, _ = conn.Do("SETEX", "session_"+id, int((30 * 24 * time.Hour).Seconds()), "{}")
			conn.Close()
			http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: id, HttpOnly: true, Path: "/"})
		}
		next.ServeHTTP(w, r)
	})
}

func sessionExists(id string) bool {
	conn := redispool.Store.Get()
	defer conn.Close()
	ok, _ := redis.Bool(conn.Do("EXISTS", "session_"+id))
	return ok
}

func newID() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
