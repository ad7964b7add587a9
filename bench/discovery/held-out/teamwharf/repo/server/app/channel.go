package app

import (
	"strings"

	"github.com/teamwharf/teamwharf/server/model"
)

func (a *App) sendNotifications(p *model.Post, c *model.Channel) {
	members, err := a.Store.GetChannelMembers(c.Id)
	if err != nil {
		return
	}
	for _, uid := range members {
		if uid == p.UserId {
			continue
		}
		user, err := a.Store.GetUser(uid)
		if err != nil {
			continue
		}
		mentioned := c.Type == model.ChannelTypeDirect || strings.Contains(p.Message, "@"+user.Username)
		if !mentioned {
			continue
		}
		if a.cfg.EmailSettings.SendPushNotifications {
			a.sendPushNotification(p, c, user)
		}
		if a.cfg.EmailSettings.SendEmailNotifications && !a.cfg.EmailSettings.EnableEmailBatching {
			a.sendNotificationEmail(p, c, user)
		}
	}
}
