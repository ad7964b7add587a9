package datastore

import "go.woodpecker-ci.org/woodpecker/v2/server/model"

func (s *storage) GetUser(id int64) (*model.User, error) {
	user := new(model.User)
	return user, wrapGet(s.engine.ID(id).Get(user))
}

func (s *storage) GetUserLogin(login string) (*model.User, error) {
	user := new(model.User)
	return user, wrapGet(s.engine.Where("user_login=?", login).Get(user))
}

func (s *storage) CreateUser(user *model.User) error {
	_, err := s.engine.Insert(user)
	return err
}
