package model

type StatusValue string

const (
	StatusPending StatusValue = "pending"
	StatusRunning StatusValue = "running"
	StatusSuccess StatusValue = "success"
	StatusFailure StatusValue = "failure"
)

type User struct {
	ID     int64  `json:"id" xorm:"pk autoincr 'user_id'"`
	Login  string `json:"login" xorm:"UNIQUE 'user_login'"`
	Token  string `json:"-" xorm:"TEXT 'user_token'"`
	Secret string `json:"-" xorm:"TEXT 'user_secret'"`
	Email  string `json:"email" xorm:"varchar(500) 'user_email'"`
	Admin  bool   `json:"admin" xorm:"user_admin"`
}

func (User) TableName() string { return "users" }

type Repo struct {
	ID       int64  `json:"id" xorm:"pk autoincr 'repo_id'"`
	ForgeID  string `json:"forge_remote_id" xorm:"'forge_remote_id'"`
	FullName string `json:"full_name" xorm:"UNIQUE 'repo_full_name'"`
	Clone    string `json:"clone_url" xorm:"varchar(1000) 'repo_clone'"`
	Hash     string `json:"-" xorm:"varchar(500) 'repo_hash'"`
	IsActive bool   `json:"active" xorm:"repo_active"`
}

func (Repo) TableName() string { return "repos" }

type Pipeline struct {
	ID     int64       `json:"id" xorm:"pk autoincr 'pipeline_id'"`
	RepoID int64       `json:"-" xorm:"UNIQUE(s) INDEX 'pipeline_repo_id'"`
	Number int64       `json:"number" xorm:"UNIQUE(s) 'pipeline_number'"`
	Event  string      `json:"event" xorm:"pipeline_event"`
	Status StatusValue `json:"status" xorm:"INDEX 'pipeline_status'"`
	Commit string      `json:"commit" xorm:"pipeline_commit"`
	Branch string      `json:"branch" xorm:"pipeline_branch"`
}

func (Pipeline) TableName() string { return "pipelines" }

type Agent struct {
	ID       int64  `json:"id" xorm:"pk autoincr"`
	Name     string `json:"name"`
	Token    string `json:"token"`
	Backend  string `json:"backend"`
	Capacity int32  `json:"capacity"`
	LastContact int64 `json:"last_contact"`
}

func (Agent) TableName() string { return "agents" }

type Feed struct {
	RepoID   int64  `json:"repo_id" xorm:"feed_repo_id"`
	FullName string `json:"full_name" xorm:"feed_repo_full_name"`
	Number   int64  `json:"number" xorm:"feed_pipeline_number"`
	Status   string `json:"status" xorm:"feed_pipeline_status"`
}
