//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

package application

import (
	"context"
	"sync"

	bootstrapContainer "github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/container"
	"github.com/fieldmesh/go-mod-bootstrap/v3/bootstrap/startup"
	"github.com/fieldmesh/go-mod-bootstrap/v3/di"
	"github.com/fieldmesh/go-mod-core-contracts/v3/errors"
	"github.com/fieldmesh/go-mod-core-contracts/v3/models"

	dataContainer "github.com/fieldmesh/fieldmesh-go/v3/internal/core/data/config"
)

const eventAppName = "CoreDataEventApp"

// CoreDataApp encapsulates the core-data business logic shared by the REST and MessageBus controllers.
type CoreDataApp struct {
	lc interface{ Debugf(string, ...any) }
}

func EventAppFrom(get di.Get) *CoreDataApp {
	return get(eventAppName).(*CoreDataApp)
}

func BootstrapHandler(_ context.Context, _ *sync.WaitGroup, _ startup.Timer, dic *di.Container) bool {
	app := &CoreDataApp{lc: bootstrapContainer.LoggingClientFrom(dic.Get)}
	dic.Update(di.ServiceConstructorMap{eventAppName: func(get di.Get) interface{} { return app }})
	return true
}

// AddEvent persists the event if Writable.PersistData is enabled.
func (a *CoreDataApp) AddEvent(e models.Event, ctx context.Context, dic *di.Container) errors.FieldmeshError {
	cfg := dataContainer.ConfigurationFrom(dic.Get)
	if !cfg.Writable.PersistData {
		return nil
	}
	dbClient := dataContainer.DBClientFrom(dic.Get)
	if _, err := dbClient.AddEvent(e); err != nil {
		return errors.NewCommonFieldmeshErrorWrapper(err)
	}
	a.lc.Debugf("Event persisted: id=%s device=%s", e.Id, e.DeviceName)
	return nil
}

// DeleteEventsByAge is invoked by support-scheduler's "scrub-aged-events" interval action.
func (a *CoreDataApp) DeleteEventsByAge(age int64, dic *di.Container) errors.FieldmeshError {
	dbClient := dataContainer.DBClientFrom(dic.Get)
	go func() {
		if err := dbClient.DeleteEventsByAge(age); err != nil {
			a.lc.Debugf("delete events by age failed: %v", err)
		}
	}()
	return nil
}
