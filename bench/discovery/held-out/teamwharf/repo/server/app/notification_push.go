package app

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"strings"

	"github.com/teamwharf/teamwharf/server/model"
)

const pushSendPath = "/api/v1/send_push"

// sendPushNotification hands a notification to the configured push proxy
// (EmailSettings.PushNotificationServer), which relays it to APNs / FCM.
func (a *App) sendPushNotification(p *model.Post, c *model.Channel, u *model.User) {
	devices, err := a.Store.GetDeviceIds(u.Id)
	if err != nil || len(devices) == 0 {
		return
	}
	for _, dev := range devices {
		platform, token, _ := strings.Cut(dev, ":")
		msg := model.PushNotification{
			Platform:    platform,
			ServerId:    a.cfg.ServiceSettings.SiteURL,
			DeviceId:    token,
			Category:    "CAN_REPLY",
			Message:     fmt.Sprintf("%s: %s", c.DisplayName, p.Message),
			ChannelId:   c.Id,
			PostId:      p.Id,
			ChannelName: c.DisplayName,
			Type:        "message",
		}
		if err := a.postToPushProxy(&msg); err != nil {
			log.Printf("push notification failed: %v", err)
		}
	}
}

func (a *App) postToPushProxy(msg *model.PushNotification) error {
	body, _ := json.Marshal(msg)
	url := strings.TrimRight(a.cfg.EmailSettings.PushNotificationServer, "/") + pushSendPath
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := a.httpClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var pr model.PushResponse
	if err := json.NewDecoder(resp.Body).Decode(&pr); err != nil {
		return err
	}
	if pr.Status == "REMOVE" {
		log.Printf("device %s no longer registered", msg.DeviceId)
	}
	return nil
}
