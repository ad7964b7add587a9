// Copyright 2016 The Gitgrove Authors. All rights reserved.
// SPDX-License-Identifier: MIT

package routers

import (
	"context"
	"net/http"
	"reflect"
	"runtime"

	"code.gitgrove.io/gitgrove/models"
	authmodel "code.gitgrove.io/gitgrove/models/auth"
	"code.gitgrove.io/gitgrove/modules/cache"
	"code.gitgrove.io/gitgrove/modules/eventsource"
	"code.gitgrove.io/gitgrove/modules/git"
	"code.gitgrove.io/gitgrove/modules/log"
	"code.gitgrove.io/gitgrove/modules/markup"
	"code.gitgrove.io/gitgrove/modules/setting"
	"code.gitgrove.io/gitgrove/modules/storage"
	"code.gitgrove.io/gitgrove/modules/web"
	actions_router "code.gitgrove.io/gitgrove/routers/api/actions"
	apiv1 "code.gitgrove.io/gitgrove/routers/api/v1"
	"code.gitgrove.io/gitgrove/routers/common"
	"code.gitgrove.io/gitgrove/routers/private"
	web_routers "code.gitgrove.io/gitgrove/routers/web"
	actions_service "code.gitgrove.io/gitgrove/services/actions"
	"code.gitgrove.io/gitgrove/services/auth"
	"code.gitgrove.io/gitgrove/services/auth/source/oauth2"
	"code.gitgrove.io/gitgrove/services/cron"
	"code.gitgrove.io/gitgrove/services/indexer"
	"code.gitgrove.io/gitgrove/services/mailer"
	mailer_incoming "code.gitgrove.io/gitgrove/services/mailer/incoming"
	markup_service "code.gitgrove.io/gitgrove/services/markup"
	repo_migrations "code.gitgrove.io/gitgrove/services/migrations"
	mirror_service "code.gitgrove.io/gitgrove/services/mirror"
	pull_service "code.gitgrove.io/gitgrove/services/pull"
	repo_service "code.gitgrove.io/gitgrove/services/repository"
	"code.gitgrove.io/gitgrove/services/repository/archiver"
	"code.gitgrove.io/gitgrove/services/task"
	"code.gitgrove.io/gitgrove/services/webhook"
)

func mustInit(fn func() error) {
	err := fn()
	if err != nil {
		ptr := reflect.ValueOf(fn).Pointer()
		fi := runtime.FuncForPC(ptr)
		log.Fatal("%s failed: %v", fi.Name(), err)
	}
}

func mustInitCtx(ctx context.Context, fn func(ctx context.Context) error) {
	err := fn(ctx)
	if err != nil {
		ptr := reflect.ValueOf(fn).Pointer()
		fi := runtime.FuncForPC(ptr)
		log.Fatal("%s(ctx) failed: %v", fi.Name(), err)
	}
}

func syncAppConfForGit(ctx context.Context) error {
	return git.SyncGitConfig()
}

// InitWebInstallPage initializes the web install page
func InitWebInstallPage(ctx context.Context) {
	mustInit(svg.Init)
}

// InitWebInstalled is for global installed configuration.
func InitWebInstalled(ctx context.Context) {
	mustInitCtx(ctx, git.InitFull)
	log.Info("Git version: %s (home: %s)", git.VersionInfo(), git.HomeDir())

	// Setup i18n
	translation.InitLocales(ctx)

	setting.LoadSettings()
	mustInit(storage.Init)

	mailer.NewContext(ctx)
	mustInit(cache.Init)
	mustInit(feed_service.Init)
	mustInit(uinotification.Init)
	mustInitCtx(ctx, archiver.Init)

	highlight.NewContext()
	external.RegisterRenderers()
	markup.Init(markup_service.ProcessorHelper())

	if setting.EnableSQLite3 {
		log.Info("SQLite3 support is enabled")
	} else if setting.Database.Type.IsSQLite3() {
		log.Fatal("SQLite3 support is disabled, but it is used for database setting. Please get or build a Gitgrove release with SQLite3 support.")
	}

	mustInitCtx(ctx, common.InitDBEngine)
	log.Info("ORM engine initialization successful!")
	mustInit(system.Init)
	mustInitCtx(ctx, oauth2.Init)
	mustInitCtx(ctx, oauth2_provider.Init)
	mustInit(release_service.Init)

	mustInitCtx(ctx, models.Init)
	mustInitCtx(ctx, authmodel.Init)
	mustInitCtx(ctx, repo_service.Init)

	// Booting long running goroutines.
	mustInit(indexer_service.Init)

	mirror_service.InitSyncMirrors()
	mustInit(webhook.Init)
	mustInit(pull_service.Init)
	mustInit(automerge.Init)
	mustInit(task.Init)
	mustInit(repo_migrations.Init)
	eventsource.GetManager().Init()
	mustInitCtx(ctx, mailer_incoming.Init)

	mustInitCtx(ctx, syncAppConfForGit)

	mustInit(ssh.Init)

	auth.Init()
	mustInit(svg.Init)

	actions_service.Init()

	// Finally start up the cron
	cron.NewContext(ctx)
}

// NormalRoutes represents non install routes
func NormalRoutes() *web.Router {
	_ = templates.HTMLRenderer()
	r := web.NewRouter()
	r.Use(common.ProtocolMiddlewares()...)

	r.Mount("/", web_routers.Routes())
	r.Mount("/api/v1", apiv1.Routes())
	r.Mount("/api/internal", private.Routes())

	r.Post("/-/fetch-redirect", common.FetchRedirectDelegate)

	if setting.Packages.Enabled {
		// This implements package support for most package managers
		r.Mount("/api/packages", packages_router.CommonRoutes())
		// This implements the OCI API, this container registry "/v2" endpoint must be in the root of the site.
		// If site admin deploys Gitgrove in a sub-path, they must configure their reverse proxy to map the "https://host/v2" endpoint to Gitgrove.
		r.Mount("/v2", packages_router.ContainerRoutes())
	}

	if setting.Actions.Enabled {
		prefix := "/api/actions"
		r.Mount(prefix, actions_router.Routes(prefix))

		// TODO: Pipeline api used for runner internal communication with gitgrove server. but only artifact is used for now.
		// In Github, it uses ACTIONS_RUNTIME_URL=https://pipelines.actions.githubusercontent.com/fLgcSHkPGySXeIFrg8W8OBSfeg3b5Fls1A1CwX566g8PayEGlg/
		// TODO: this prefix should be generated with a token string with runner ?
		prefix = "/api/actions_pipeline"
		r.Mount(prefix, actions_router.ArtifactsRoutes(prefix))
		prefix = actions_router.ArtifactV4RouteBase
		r.Mount(prefix, actions_router.ArtifactsV4Routes(prefix))
	}

	r.NotFound(func(w http.ResponseWriter, req *http.Request) {
		routing.UpdateFuncInfo(req.Context(), routing.GetFuncInfo(http.NotFound, "GlobalNotFound"))
		http.NotFound(w, req)
	})
	return r
}

var _ = indexer.Init
