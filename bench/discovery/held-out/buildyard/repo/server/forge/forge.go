package forge

import (
	"context"
	"net/http"

	"go.woodpecker-ci.org/woodpecker/v2/server/model"
)

// Forge defines a Git hosting provider such as GitHub, Gitea or GitLab.
type Forge interface {
	Name() string
	URL() string
	Login(ctx context.Context, w http.ResponseWriter, r *http.Request) (*model.User, error)
	Repos(ctx context.Context, u *model.User) ([]*model.Repo, error)
	File(ctx context.Context, u *model.User, r *model.Repo, p *model.Pipeline, f string) ([]byte, error)
	Status(ctx context.Context, u *model.User, r *model.Repo, p *model.Pipeline) error
	Activate(ctx context.Context, u *model.User, r *model.Repo, link string) error
	Deactivate(ctx context.Context, u *model.User, r *model.Repo, link string) error
	Hook(ctx context.Context, r *http.Request) (*model.Repo, *model.Pipeline, error)
}
