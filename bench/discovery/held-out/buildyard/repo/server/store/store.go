package store

import "go.woodpecker-ci.org/woodpecker/v2/server/model"

type XORM struct {
	Log     bool
	ShowSQL bool
}

// Opts are options for a new database connection
type Opts struct {
	Driver string
	Config string
	XORM   XORM
}

type Store interface {
	GetUser(int64) (*model.User, error)
	GetUserLogin(string) (*model.User, error)
	CreateUser(*model.User) error
	GetRepo(int64) (*model.Repo, error)
	GetRepoName(string) (*model.Repo, error)
	CreatePipeline(*model.Pipeline) error
	GetPipelineList(*model.Repo) ([]*model.Pipeline, error)
	GetPipelineQueue() ([]*model.Feed, error)
	AgentList() ([]*model.Agent, error)
	Ping() error
	Close() error
	Migrate(bool) error
}
