package jobs

import (
	"time"

	"github.com/teamwharf/teamwharf/server/mail"
	"github.com/teamwharf/teamwharf/server/store/sqlstore"
)

// EmailDigestJob sends batched notification emails (EmailSettings.EnableEmailBatching).
type EmailDigestJob struct {
	store   *sqlstore.SqlStore
	mailer  *mail.Sender
	siteURL string
}

func (j *EmailDigestJob) Name() string            { return "email_digest" }
func (j *EmailDigestJob) Interval() time.Duration { return 15 * time.Minute }

func (j *EmailDigestJob) Run() error {
	users, err := j.store.GetUsersWithPendingDigest()
	if err != nil {
		return err
	}
	for _, u := range users {
		body, err := mail.Render("digest", map[string]interface{}{"Username": u.Username, "Count": 1, "SiteURL": j.siteURL})
		if err != nil {
			return err
		}
		if err := j.mailer.Send(u.Email, "[Teamwharf] You have unread messages", body); err != nil {
			return err
		}
	}
	_, err = j.store.Master().Exec(`DELETE FROM NotificationDigest`)
	return err
}
