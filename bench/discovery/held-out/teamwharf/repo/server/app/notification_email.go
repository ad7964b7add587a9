package app

import (
	"fmt"
	"log"

	"github.com/teamwharf/teamwharf/server/mail"
	"github.com/teamwharf/teamwharf/server/model"
)

func (a *App) sendNotificationEmail(p *model.Post, c *model.Channel, u *model.User) {
	subject := fmt.Sprintf("[Teamwharf] New message in %s", c.DisplayName)
	body, err := mail.Render("notification", map[string]string{
		"ChannelName": c.DisplayName,
		"Message":     p.Message,
		"SiteURL":     a.cfg.ServiceSettings.SiteURL,
	})
	if err != nil {
		log.Printf("render email: %v", err)
		return
	}
	if err := a.Mail.Send(u.Email, subject, body); err != nil {
		log.Printf("send notification email to %s: %v", u.Email, err)
	}
}
