package datastore

import (
	"errors"

	"go.woodpecker-ci.org/woodpecker/v2/server/model"
)

var ErrNotExist = errors.New("record not exist")

var allBeans = []any{new(model.User), new(model.Repo), new(model.Pipeline), new(model.Agent)}

func wrapGet(exist bool, err error) error {
	if err != nil {
		return err
	}
	if !exist {
		return ErrNotExist
	}
	return nil
}

func (s *storage) CreatePipeline(p *model.Pipeline) error {
	_, err := s.engine.Insert(p)
	return err
}

func (s *storage) GetPipelineList(repo *model.Repo) ([]*model.Pipeline, error) {
	pipelines := make([]*model.Pipeline, 0, perPage)
	return pipelines, s.engine.Where("pipeline_repo_id = ?", repo.ID).Desc("pipeline_number").Limit(perPage).Find(&pipelines)
}

func (s *storage) GetPipelineQueue() ([]*model.Feed, error) {
	feed := make([]*model.Feed, 0, perPage)
	err := s.engine.Table("pipelines").Join("INNER", "repos", "pipeline_repo_id = repo_id").
		In("pipeline_status", model.StatusPending, model.StatusRunning).Find(&feed)
	return feed, err
}

func (s *storage) AgentList() ([]*model.Agent, error) {
	agents := make([]*model.Agent, 0, 10)
	return agents, s.engine.Find(&agents)
}
