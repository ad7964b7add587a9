package app

import (
	"bytes"
	"encoding/json"
	"log"
	"net/http"
	"strings"

	"github.com/teamwharf/teamwharf/server/model"
)

// handleWebhookEvents fires outgoing webhooks whose trigger words match the post.
// Callback URLs are registered by admins (see scripts/provision-webhooks.sh) and point
// at integration apps such as the standup bot.
func (a *App) handleWebhookEvents(p *model.Post, c *model.Channel) {
	if !a.cfg.ServiceSettings.EnableOutgoingWebhooks {
		return
	}
	hooks, err := a.Store.GetOutgoingWebhooksForChannel(c.Id)
	if err != nil {
		return
	}
	firstWord := strings.Fields(p.Message + " ")[0]
	for _, h := range hooks {
		if !h.Matches(firstWord) {
			continue
		}
		payload := model.OutgoingWebhookPayload{
			Token:       h.Token,
			TeamId:      c.TeamId,
			ChannelId:   c.Id,
			ChannelName: c.Name,
			PostId:      p.Id,
			UserId:      p.UserId,
			Text:        p.Message,
			TriggerWord: firstWord,
		}
		for _, url := range h.CallbackURLs {
			go a.triggerOutgoingWebhook(url, &payload, c)
		}
	}
}

func (a *App) triggerOutgoingWebhook(url string, payload *model.OutgoingWebhookPayload, c *model.Channel) {
	body, _ := json.Marshal(payload)
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	resp, err := a.httpClient.Do(req)
	if err != nil {
		log.Printf("outgoing webhook %s failed: %v", url, err)
		return
	}
	defer resp.Body.Close()
	var reply model.OutgoingWebhookResponse
	if json.NewDecoder(resp.Body).Decode(&reply) == nil && reply.Text != "" {
		a.Store.SavePost(&model.Post{ChannelId: c.Id, UserId: payload.UserId, Message: reply.Text})
	}
}

func (a *App) ChannelForIncomingHook(hookId, override string) (string, error) {
	var channelId string
	err := a.Store.Replica().QueryRow(`SELECT ChannelId FROM IncomingWebhooks WHERE Id = $1 AND DeleteAt = 0`, hookId).Scan(&channelId)
	if err != nil {
		return "", err
	}
	if override != "" {
		a.Store.Replica().QueryRow(`SELECT Id FROM Channels WHERE Name = $1`, override).Scan(&channelId)
	}
	return channelId, nil
}
