package registry

import (
	"encoding/json"
	"regexp"
	"strings"
	"time"

	"github.com/berthdock/berthdock/src/common/models"
	"github.com/berthdock/berthdock/src/controller/event/metadata"
	"github.com/berthdock/berthdock/src/core/service/notifications"
	"github.com/berthdock/berthdock/src/lib/log"
	"github.com/berthdock/berthdock/src/pkg/notification"
)

// NotificationHandler handles request on /service/notifications/, which listens to registry's
// events. The registry is configured (registry/config.yml, notifications.endpoints) to post its
// push/pull/delete envelopes here.
type NotificationHandler struct {
	notifications.BaseHandler
}

const manifestPattern = `^application/vnd.docker.distribution.manifest.v\d\+(json|prettyjws)`
const vicPrefix = "vic/"

// Post handles POST request, and records audit log or refreshes cache based on event.
func (n *NotificationHandler) Post() {
	var notification models.Notification
	err := json.Unmarshal(n.Ctx.Input.CopyBody(1<<32), &notification)
	if err != nil {
		log.Errorf("failed to decode notification: %v", err)
		return
	}

	events, err := filterEvents(&notification)
	if err != nil {
		log.Errorf("failed to filter events: %v", err)
		return
	}

	for _, event := range events {
		repository := event.Target.Repository
		project, _ := splitRepository(repository)
		tag := event.Target.Tag
		action := event.Action

		user := event.Actor.Name
		if len(user) == 0 {
			user = "anonymous"
		}

		// handle pull events only; push and delete events are produced by core's own middlewares
		if action == "pull" {
			if strings.HasPrefix(event.Request.UserAgent, "berthdock-registry-client") ||
				strings.HasPrefix(event.Request.UserAgent, "berthdock-scanner") {
				continue
			}
			evt := &metadata.PullArtifactEventMetadata{
				ProjectName: project,
				Repository:  repository,
				Tag:         tag,
				Digest:      event.Target.Digest,
				Operator:    user,
				OccurAt:     time.Now(),
			}
			notification.AddEvent(n.Context(), evt)
		}
	}
}

func filterEvents(notification *models.Notification) ([]*models.Event, error) {
	events := []*models.Event{}
	for _, event := range notification.Events {
		log.Debugf("receive an event: \n----ID: %s \n----target: %s:%s \n----digest: %s \n----action: %s \n----mediatype: %s \n----user-agent: %s", event.ID, event.Target.Repository,
			event.Target.Tag, event.Target.Digest, event.Action, event.Target.MediaType, event.Request.UserAgent)

		isManifest, err := regexp.MatchString(manifestPattern, event.Target.MediaType)
		if err != nil {
			log.Errorf("failed to match the media type against pattern: %v", err)
			continue
		}
		if !isManifest {
			continue
		}
		if event.Action == "pull" && strings.HasPrefix(event.Target.Repository, vicPrefix) {
			continue
		}
		events = append(events, &event)
	}
	return events, nil
}

func splitRepository(repo string) (string, string) {
	if i := strings.Index(repo, "/"); i >= 0 {
		return repo[:i], repo[i+1:]
	}
	return "library", repo
}
