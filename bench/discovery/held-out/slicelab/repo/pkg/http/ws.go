package http

import (
	"log/slog"
	"net/http"
	"sync"

	"github.com/gorilla/websocket"
)

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

// WithWS mounts the broadcast websocket used for the "live pizza" feed.
func (s *Server) WithWS() *Server {
	var mu sync.Mutex
	clients := map[*websocket.Conn]struct{}{}
	s.router.Get("/ws", func(w http.ResponseWriter, r *http.Request) {
		conn, err := upgrader.Upgrade(w, r, nil)
		if err != nil {
			slog.Warn("ws upgrade", "err", err)
			return
		}
		mu.Lock()
		clients[conn] = struct{}{}
		mu.Unlock()
		defer func() {
			mu.Lock()
			delete(clients, conn)
			mu.Unlock()
			conn.Close()
		}()
		for {
			mt, msg, err := conn.ReadMessage()
			if err != nil {
				return
			}
			mu.Lock()
			for c := range clients {
				_ = c.WriteMessage(mt, msg)
			}
			mu.Unlock()
		}
	})
	return s
}
