package datastore

import "go.woodpecker-ci.org/woodpecker/v2/server/model"

func (s *storage) GetRepo(id int64) (*model.Repo, error) {
	repo := new(model.Repo)
	return repo, wrapGet(s.engine.ID(id).Get(repo))
}

func (s *storage) GetRepoName(fullName string) (*model.Repo, error) {
	repo := new(model.Repo)
	return repo, wrapGet(s.engine.Where("LOWER(repo_full_name) = LOWER(?)", fullName).Get(repo))
}
