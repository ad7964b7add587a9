package server

import (
	"context"
	"log"

	firebase "firebase.google.com/go/v4"
	"firebase.google.com/go/v4/messaging"
	"google.golang.org/api/option"
)

type AndroidNotificationServer struct {
	client *messaging.Client
}

// NewAndroidNotificationServer uses the FCM HTTP v1 API (fcm.googleapis.com).
func NewAndroidNotificationServer(s AndroidPushSettings) (*AndroidNotificationServer, error) {
	ctx := context.Background()
	app, err := firebase.NewApp(ctx, nil, option.WithCredentialsFile(s.ServiceFileLocation))
	if err != nil {
		return nil, err
	}
	client, err := app.Messaging(ctx)
	if err != nil {
		return nil, err
	}
	return &AndroidNotificationServer{client: client}, nil
}

func (a *AndroidNotificationServer) SendNotification(msg *PushNotification) PushResponse {
	_, err := a.client.Send(context.Background(), &messaging.Message{
		Token: msg.DeviceId,
		Data: map[string]string{
			"message":    msg.Message,
			"channel_id": msg.ChannelId,
			"post_id":    msg.PostId,
		},
		Android: &messaging.AndroidConfig{Priority: "high"},
	})
	if err != nil {
		if messaging.IsUnregistered(err) {
			return PushResponse{"status": "REMOVE"}
		}
		log.Printf("fcm push failed: %v", err)
		return PushResponse{"status": "FAIL", "error": err.Error()}
	}
	return PushResponse{"status": "OK"}
}
