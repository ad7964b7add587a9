package server

import (
	"log"

	"github.com/sideshow/apns2"
	"github.com/sideshow/apns2/payload"
	"github.com/sideshow/apns2/token"
)

type AppleNotificationServer struct {
	client *apns2.Client
	topic  string
}

// NewAppleNotificationServer creates an HTTP/2 client for Apple Push Notification service.
// Production host: https://api.push.apple.com ; development (sandbox): https://api.sandbox.push.apple.com
func NewAppleNotificationServer(s ApplePushSettings) (*AppleNotificationServer, error) {
	authKey, err := token.AuthKeyFromFile(s.AppleAuthKeyFile)
	if err != nil {
		return nil, err
	}
	client := apns2.NewTokenClient(&token.Token{AuthKey: authKey, KeyID: s.AppleAuthKeyID, TeamID: s.AppleTeamID})
	if s.ApplePushUseDevelopment {
		client = client.Development()
	} else {
		client = client.Production()
	}
	return &AppleNotificationServer{client: client, topic: s.ApplePushTopic}, nil
}

func (a *AppleNotificationServer) SendNotification(msg *PushNotification) PushResponse {
	p := payload.NewPayload().AlertBody(msg.Message).Badge(msg.Badge).Category(msg.Category).
		Custom("channel_id", msg.ChannelId).Custom("post_id", msg.PostId).MutableContent()
	res, err := a.client.Push(&apns2.Notification{DeviceToken: msg.DeviceId, Topic: a.topic, Payload: p})
	if err != nil {
		log.Printf("apns push failed: %v", err)
		return PushResponse{"status": "FAIL", "error": err.Error()}
	}
	if res.Reason == apns2.ReasonUnregistered || res.Reason == apns2.ReasonBadDeviceToken {
		return PushResponse{"status": "REMOVE"}
	}
	return PushResponse{"status": "OK"}
}
