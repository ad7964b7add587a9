package model

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"time"
)

type Post struct {
	Id        string   `json:"id"`
	CreateAt  int64    `json:"create_at"`
	UserId    string   `json:"user_id"`
	ChannelId string   `json:"channel_id"`
	Message   string   `json:"message"`
	FileIds   []string `json:"file_ids,omitempty"`
}

func NewId() string {
	b := make([]byte, 13)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func (p *Post) PreSave() {
	if p.Id == "" {
		p.Id = NewId()
	}
	if p.CreateAt == 0 {
		p.CreateAt = time.Now().UnixMilli()
	}
}

func (p *Post) FileIdsJSON() string {
	b, _ := json.Marshal(p.FileIds)
	return string(b)
}
