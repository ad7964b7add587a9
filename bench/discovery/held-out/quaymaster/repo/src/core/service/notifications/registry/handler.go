// Copyright Project Quaymaster Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");

package registry

import (
	"encoding/json"
	"regexp"
	"strings"
	"time"

	"github.com/quaymaster/quaymaster/src/controller/artifact"
	"github.com/quaymaster/quaymaster/src/controller/event/metadata"
	"github.com/quaymaster/quaymaster/src/controller/project"
	"github.com/quaymaster/quaymaster/src/core/service/notifications"
	"github.com/quaymaster/quaymaster/src/common/models"
	"github.com/quaymaster/quaymaster/src/common/utils"
	"github.com/quaymaster/quaymaster/src/lib/log"
	"github.com/quaymaster/quaymaster/src/pkg/notification"
)

// NotificationHandler handles request on /service/notifications/, which listens to registry's events.
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

	for _, e := range events {
		repository := e.Target.Repository
		project, _ := utils.ParseRepository(repository)
		tag := e.Target.Tag
		action := e.Action

		ctx := n.Ctx.Request.Context()
		pro, err := project.Ctl.GetByName(ctx, project)
		if err != nil {
			log.Errorf("failed to get project by name %s: %v", project, err)
			return
		}

		// handle pull event from the registry: update pull time and count
		if action == "pull" {
			if strings.HasPrefix(e.Request.UserAgent, "quaymaster-registry-client") {
				log.Debugf("user agent %s is the registry client of core, skip", e.Request.UserAgent)
				continue
			}
			evt := &metadata.PullArtifactEventMetadata{
				Artifact: &artifact.Artifact{ProjectID: pro.ProjectID, RepositoryName: repository},
				Tag:      tag,
				OccurAt:  time.Now(),
			}
			notification.AddEvent(ctx, evt)
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
		if checkEvent(&event) {
			events = append(events, &event)
		}
	}
	return events, nil
}

func checkEvent(ev *models.Event) bool {
	// pull and push manifest by docker-client or vic or jib
	if (strings.HasPrefix(ev.Request.UserAgent, "docker") || strings.HasPrefix(ev.Request.UserAgent, vicPrefix)) &&
		(ev.Action == "pull" || ev.Action == "push") {
		return true
	}
	return false
}

