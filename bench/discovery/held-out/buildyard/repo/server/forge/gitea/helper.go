package gitea

import (
	"encoding/json"
	"net/http"
	"strings"

	"go.woodpecker-ci.org/woodpecker/v2/server/model"
)

type pushHook struct {
	Ref   string `json:"ref"`
	After string `json:"after"`
	Repo  struct {
		ID       int64  `json:"id"`
		FullName string `json:"full_name"`
	} `json:"repository"`
}

func split(full string) (string, string) {
	parts := strings.SplitN(full, "/", 2)
	if len(parts) != 2 {
		return full, ""
	}
	return parts[0], parts[1]
}

func parseHook(r *http.Request) (*model.Repo, *model.Pipeline, error) {
	if r.Header.Get("X-Gitea-Event") != "push" {
		return nil, nil, nil
	}
	var h pushHook
	if err := json.NewDecoder(r.Body).Decode(&h); err != nil {
		return nil, nil, err
	}
	repo := &model.Repo{FullName: h.Repo.FullName}
	return repo, &model.Pipeline{Event: "push", Commit: h.After, Branch: strings.TrimPrefix(h.Ref, "refs/heads/")}, nil
}
