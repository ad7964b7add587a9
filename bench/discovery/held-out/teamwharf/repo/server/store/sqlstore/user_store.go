package sqlstore

import "github.com/teamwharf/teamwharf/server/model"

func (s *SqlStore) GetUser(id string) (*model.User, error) {
	u := &model.User{}
	err := s.Replica().QueryRow(
		`SELECT Id, Username, Email, NotifyProps FROM Users WHERE Id = $1`, id).
		Scan(&u.Id, &u.Username, &u.Email, &u.NotifyPropsJSON)
	return u, err
}

func (s *SqlStore) GetDeviceIds(userId string) ([]string, error) {
	rows, err := s.Replica().Query(`SELECT DeviceId FROM Sessions WHERE UserId = $1 AND DeviceId <> ''`, userId)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var d string
		rows.Scan(&d)
		ids = append(ids, d)
	}
	return ids, nil
}

func (s *SqlStore) GetUsersWithPendingDigest() ([]*model.User, error) {
	rows, err := s.Replica().Query(`SELECT u.Id, u.Username, u.Email FROM Users u JOIN NotificationDigest d ON d.UserId = u.Id GROUP BY u.Id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*model.User
	for rows.Next() {
		u := &model.User{}
		rows.Scan(&u.Id, &u.Username, &u.Email)
		out = append(out, u)
	}
	return out, nil
}
