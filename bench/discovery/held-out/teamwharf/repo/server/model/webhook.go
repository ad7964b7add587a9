package model

import "strings"

type OutgoingWebhook struct {
	Id           string
	ChannelId    string
	TriggerWords []string
	CallbackURLs []string
	Token        string
}

func (h *OutgoingWebhook) SetTriggerWords(s string) { h.TriggerWords = splitList(s) }
func (h *OutgoingWebhook) SetCallbackURLs(s string) { h.CallbackURLs = splitList(s) }

func (h *OutgoingWebhook) Matches(word string) bool {
	for _, w := range h.TriggerWords {
		if strings.EqualFold(w, word) {
			return true
		}
	}
	return false
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

type OutgoingWebhookPayload struct {
	Token       string `json:"token"`
	TeamId      string `json:"team_id"`
	ChannelId   string `json:"channel_id"`
	ChannelName string `json:"channel_name"`
	PostId      string `json:"post_id"`
	UserId      string `json:"user_id"`
	Text        string `json:"text"`
	TriggerWord string `json:"trigger_word"`
}

type OutgoingWebhookResponse struct {
	Text     string `json:"text"`
	Username string `json:"username,omitempty"`
}

type IncomingWebhookRequest struct {
	Text     string `json:"text"`
	Channel  string `json:"channel,omitempty"`
	Username string `json:"username,omitempty"`
}

type PushNotification struct {
	Platform    string `json:"platform"`
	ServerId    string `json:"server_id"`
	DeviceId    string `json:"device_id"`
	Category    string `json:"category,omitempty"`
	Message     string `json:"message"`
	ChannelId   string `json:"channel_id"`
	PostId      string `json:"post_id"`
	ChannelName string `json:"channel_name"`
	Type        string `json:"type"`
	Badge       int    `json:"badge,omitempty"`
}

type PushResponse struct {
	Status string `json:"status"`
	Error  string `json:"error,omitempty"`
}
