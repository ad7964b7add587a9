package sqlstore

import (
	"github.com/teamwharf/teamwharf/server/model"
)

func (s *SqlStore) SavePost(p *model.Post) error {
	_, err := s.master.Exec(
		`INSERT INTO Posts (Id, CreateAt, UserId, ChannelId, Message, FileIds) VALUES ($1,$2,$3,$4,$5,$6)`,
		p.Id, p.CreateAt, p.UserId, p.ChannelId, p.Message, p.FileIdsJSON())
	return err
}

func (s *SqlStore) GetPostsSince(since int64, limit int) ([]*model.Post, error) {
	rows, err := s.Replica().Query(
		`SELECT Id, CreateAt, UserId, ChannelId, Message FROM Posts WHERE CreateAt > $1 AND DeleteAt = 0 ORDER BY CreateAt LIMIT $2`,
		since, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*model.Post
	for rows.Next() {
		p := &model.Post{}
		if err := rows.Scan(&p.Id, &p.CreateAt, &p.UserId, &p.ChannelId, &p.Message); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

func (s *SqlStore) PermanentDeletePostsBefore(cutoff int64) (int64, error) {
	res, err := s.master.Exec(`DELETE FROM Posts WHERE CreateAt < $1`, cutoff)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}
