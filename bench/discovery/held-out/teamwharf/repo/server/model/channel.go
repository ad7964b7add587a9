package model

const (
	ChannelTypeOpen    = "O"
	ChannelTypePrivate = "P"
	ChannelTypeDirect  = "D"
)

type Channel struct {
	Id          string `json:"id"`
	TeamId      string `json:"team_id"`
	Name        string `json:"name"`
	DisplayName string `json:"display_name"`
	Type        string `json:"type"`
}

type User struct {
	Id              string `json:"id"`
	Username        string `json:"username"`
	Email           string `json:"email"`
	NotifyPropsJSON string `json:"-"`
}
