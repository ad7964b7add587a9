package main

import (
	"errors"
	"os"
	"strings"

	"github.com/urfave/cli/v2"

	"go.woodpecker-ci.org/woodpecker/v2/server/forge"
	"go.woodpecker-ci.org/woodpecker/v2/server/forge/gitea"
	"go.woodpecker-ci.org/woodpecker/v2/server/forge/github"
	"go.woodpecker-ci.org/woodpecker/v2/server/forge/gitlab"
	"go.woodpecker-ci.org/woodpecker/v2/server/store"
	"go.woodpecker-ci.org/woodpecker/v2/server/store/datastore"
)

func setupStore(c *cli.Context) (store.Store, error) {
	datasource := c.String("datasource")
	driver := c.String("driver")
	if f := c.String("datasource-file"); f != "" {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		datasource = strings.TrimSpace(string(b))
	}
	opts := &store.Opts{Driver: driver, Config: datasource, XORM: store.XORM{ShowSQL: false}}
	return datastore.NewEngine(opts)
}

// setupForge picks exactly one forge according to the boolean switches.
func setupForge(c *cli.Context) (forge.Forge, error) {
	switch {
	case c.Bool("github"):
		return github.New(github.Opts{URL: c.String("github-server"), Client: c.String("github-client"), Secret: c.String("github-secret")})
	case c.Bool("gitlab"):
		return gitlab.New(gitlab.Opts{URL: c.String("gitlab-server"), ClientID: c.String("gitlab-client"), ClientSecret: c.String("gitlab-secret")})
	case c.Bool("gitea"):
		return gitea.New(gitea.Opts{URL: c.String("gitea-server"), Client: c.String("gitea-client"), Secret: c.String("gitea-secret"), SkipVerify: c.Bool("gitea-skip-verify")})
	// case c.String("addon-forge") != "":
	//	return addon.Load(c.String("addon-forge"))
	default:
		return nil, errors.New("forge not configured")
	}
}
