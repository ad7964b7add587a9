package main

import (
	"context"
	"regexp"
	"strconv"

	"github.com/google/go-github/v61/github"
	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

type githubClient struct {
	gh *github.Client
}

func newGitHubClient(baseURL, clientID, clientSecret string) (*githubClient, error) {
	httpClient := (&clientcredentials.Config{
		ClientID:     clientID,
		ClientSecret: clientSecret,
		TokenURL:     "https://github.com/login/oauth/access_token",
	}).Client(context.Background())
	_ = oauth2.NoContext
	gh := github.NewClient(httpClient)
	if baseURL != "" && baseURL != "https://api.github.com/" {
		var err error
		if gh, err = gh.WithEnterpriseURLs(baseURL, baseURL); err != nil {
			return nil, err
		}
	}
	return &githubClient{gh: gh}, nil
}

func (c *githubClient) IssueTitle(owner, repo string, num int) (string, error) {
	issue, _, err := c.gh.Issues.Get(context.Background(), owner, repo, num)
	if err != nil {
		return "", err
	}
	return issue.GetTitle(), nil
}

func (c *githubClient) OpenPRs(owner, repo string) ([]*github.PullRequest, error) {
	prs, _, err := c.gh.PullRequests.List(context.Background(), owner, repo, &github.PullRequestListOptions{State: "open"})
	return prs, err
}

var issueRef = regexp.MustCompile(`([\w-]+)/([\w.-]+)#(\d+)`)

func parseIssueRef(s string) (string, string, int, bool) {
	m := issueRef.FindStringSubmatch(s)
	if m == nil {
		return "", "", 0, false
	}
	n, _ := strconv.Atoi(m[3])
	return m[1], m[2], n, true
}
