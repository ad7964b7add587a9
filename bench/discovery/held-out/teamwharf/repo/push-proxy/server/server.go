package server

import (
	"encoding/json"
	"net/http"
)

type PushNotification struct {
	Platform  string `json:"platform"`
	DeviceId  string `json:"device_id"`
	Message   string `json:"message"`
	ChannelId string `json:"channel_id"`
	PostId    string `json:"post_id"`
	Badge     int    `json:"badge"`
	Category  string `json:"category"`
}

type PushResponse map[string]string

type NotificationServer interface {
	SendNotification(*PushNotification) PushResponse
}

type Server struct {
	cfg     *Config
	senders map[string]NotificationServer
}

func New(cfg *Config) (*Server, error) {
	s := &Server{cfg: cfg, senders: map[string]NotificationServer{}}
	for _, a := range cfg.ApplePushSettings {
		sender, err := NewAppleNotificationServer(a)
		if err != nil {
			return nil, err
		}
		s.senders[a.Type] = sender
	}
	for _, a := range cfg.AndroidPushSettings {
		sender, err := NewAndroidNotificationServer(a)
		if err != nil {
			return nil, err
		}
		s.senders[a.Type] = sender
	}
	return s, nil
}

func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/api/v1/send_push", s.handleSendPush)
	mux.HandleFunc("/api/v1/ack", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(`{"status":"OK"}`)) })
	mux.HandleFunc("/version", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(`{"version":"6.2.0"}`)) })
	return mux
}

func (s *Server) handleSendPush(w http.ResponseWriter, r *http.Request) {
	var msg PushNotification
	if err := json.NewDecoder(r.Body).Decode(&msg); err != nil {
		http.Error(w, `{"status":"FAIL","error":"bad request"}`, http.StatusBadRequest)
		return
	}
	sender, ok := s.senders[msg.Platform]
	if !ok {
		http.Error(w, `{"status":"FAIL","error":"unknown platform"}`, http.StatusBadRequest)
		return
	}
	json.NewEncoder(w).Encode(sender.SendNotification(&msg))
}
