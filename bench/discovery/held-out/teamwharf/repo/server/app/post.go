package app

import (
	"context"
	"log"

	"github.com/teamwharf/teamwharf/server/model"
)

func (a *App) CreatePost(ctx context.Context, p *model.Post) (*model.Post, error) {
	p.PreSave()
	if err := a.Store.SavePost(p); err != nil {
		return nil, err
	}
	if a.Search != nil && a.Search.IndexingEnabled() {
		go func() {
			if err := a.Search.IndexPost(context.Background(), p); err != nil {
				log.Printf("index post %s: %v", p.Id, err)
			}
		}()
	}
	if a.Cluster != nil {
		a.Cluster.Broadcast("posted", p.Id)
	}
	channel, err := a.Store.GetChannel(p.ChannelId)
	if err == nil {
		go a.handleWebhookEvents(p, channel)
		go a.sendNotifications(p, channel)
	}
	return p, nil
}

func (a *App) SearchPosts(ctx context.Context, teamId, terms string) ([]string, error) {
	if a.Search != nil && a.Search.SearchingEnabled() {
		return a.Search.SearchPosts(ctx, teamId, terms)
	}
	return nil, nil
}
