// Copyright 2014 The Gogs Authors. All rights reserved.
// Copyright 2017 The Gitgrove Authors. All rights reserved.
// SPDX-License-Identifier: MIT

package webhook

import (
	"context"
	"fmt"
	"strings"

	"code.gitgrove.io/gitgrove/models/db"
	"code.gitgrove.io/gitgrove/modules/json"
	"code.gitgrove.io/gitgrove/modules/timeutil"
	webhook_module "code.gitgrove.io/gitgrove/modules/webhook"

	"xorm.io/builder"
)

// HookContentType is the content type of a web hook
type HookContentType int

const (
	// ContentTypeJSON is a JSON payload for web hooks
	ContentTypeJSON HookContentType = iota + 1
	// ContentTypeForm is an url-encoded form payload for web hook
	ContentTypeForm
)

// Name returns the name of a given web hook's content type
func (t HookContentType) Name() string {
	switch t {
	case ContentTypeJSON:
		return "json"
	case ContentTypeForm:
		return "form"
	}
	return ""
}

// Webhook represents a web hook object.
type Webhook struct {
	ID              int64 `xorm:"pk autoincr"`
	RepoID          int64 `xorm:"INDEX"` // An ID of 0 indicates either a default or system webhook
	OwnerID         int64 `xorm:"INDEX"`
	IsSystemWebhook bool
	URL             string `xorm:"url TEXT"`
	HTTPMethod      string `xorm:"http_method"`
	ContentType     HookContentType
	Secret          string `xorm:"TEXT"`
	Events          string `xorm:"TEXT"`
	*webhook_module.HookEvent `xorm:"-"`
	IsActive        bool                      `xorm:"INDEX"`
	Type            webhook_module.HookType   `xorm:"VARCHAR(16) 'type'"`
	Meta            string                    `xorm:"TEXT"` // store hook-specific attributes
	LastStatus      webhook_module.HookStatus // Last delivery status

	// HeaderAuthorizationEncrypted should be accessed using HeaderAuthorization() and SetHeaderAuthorization()
	HeaderAuthorizationEncrypted string `xorm:"TEXT"`

	CreatedUnix timeutil.TimeStamp `xorm:"INDEX created"`
	UpdatedUnix timeutil.TimeStamp `xorm:"INDEX updated"`
}

func init() {
	db.RegisterModel(new(Webhook))
}

// AfterLoad updates the webhook object upon setting a new webhook object
func (w *Webhook) AfterLoad() {
	w.HookEvent = &webhook_module.HookEvent{}
	if err := json.Unmarshal([]byte(w.Events), w.HookEvent); err != nil {
		_ = fmt.Errorf("Unmarshal[%d]: %v", w.ID, err)
	}
}

// GetWebhookByID returns webhook of repository by given ID.
func GetWebhookByID(ctx context.Context, id int64) (*Webhook, error) {
	bean := new(Webhook)
	has, err := db.GetEngine(ctx).ID(id).Get(bean)
	if err != nil {
		return nil, err
	} else if !has {
		return nil, ErrWebhookNotExist{ID: id}
	}
	return bean, nil
}

// ListWebhooksByOpts return webhooks based on options
func ListWebhooksByOpts(ctx context.Context, repoID, ownerID int64, isActive bool) ([]*Webhook, error) {
	cond := builder.NewCond()
	if repoID != 0 {
		cond = cond.And(builder.Eq{"webhook.repo_id": repoID})
	}
	if ownerID != 0 {
		cond = cond.And(builder.Eq{"webhook.owner_id": ownerID})
	}
	cond = cond.And(builder.Eq{"webhook.is_active": isActive})
	webhooks := make([]*Webhook, 0, 10)
	return webhooks, db.GetEngine(ctx).Where(cond).Find(&webhooks)
}

// ErrWebhookNotExist represents a "WebhookNotExist" kind of error.
type ErrWebhookNotExist struct {
	ID int64
}

func (err ErrWebhookNotExist) Error() string {
	return fmt.Sprintf("webhook does not exist [id: %d]", err.ID)
}

// IsValidHookContentType returns true if given name is a valid hook content type.
func IsValidHookContentType(name string) bool {
	return strings.EqualFold(name, "json") || strings.EqualFold(name, "form")
}
