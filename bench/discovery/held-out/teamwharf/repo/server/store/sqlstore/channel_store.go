package sqlstore

import "github.com/teamwharf/teamwharf/server/model"

func (s *SqlStore) GetChannel(id string) (*model.Channel, error) {
	c := &model.Channel{}
	err := s.Replica().QueryRow(`SELECT Id, TeamId, Name, DisplayName, Type FROM Channels WHERE Id = $1`, id).
		Scan(&c.Id, &c.TeamId, &c.Name, &c.DisplayName, &c.Type)
	return c, err
}

func (s *SqlStore) GetOutgoingWebhooksForChannel(channelId string) ([]*model.OutgoingWebhook, error) {
	rows, err := s.Replica().Query(
		`SELECT Id, ChannelId, TriggerWords, CallbackURLs, Token FROM OutgoingWebhooks WHERE (ChannelId = $1 OR ChannelId = '') AND DeleteAt = 0`, channelId)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var hooks []*model.OutgoingWebhook
	for rows.Next() {
		h := &model.OutgoingWebhook{}
		var triggers, urls string
		rows.Scan(&h.Id, &h.ChannelId, &triggers, &urls, &h.Token)
		h.SetTriggerWords(triggers)
		h.SetCallbackURLs(urls)
		hooks = append(hooks, h)
	}
	return hooks, nil
}

func (s *SqlStore) GetChannelMembers(channelId string) ([]string, error) {
	rows, err := s.Replica().Query(`SELECT UserId FROM ChannelMembers WHERE ChannelId = $1`, channelId)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		rows.Scan(&id)
		ids = append(ids, id)
	}
	return ids, nil
}
