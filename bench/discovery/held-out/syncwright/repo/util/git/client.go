package git

import (
	"crypto/tls"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/config"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/transport"
	githttp "github.com/go-git/go-git/v5/plumbing/transport/http"
	"github.com/go-git/go-git/v5/storage/memory"
	log "github.com/sirupsen/logrus"

	"github.com/syncwright-io/syncwright/v2/common"
	"github.com/syncwright-io/syncwright/v2/util/env"
	executil "github.com/syncwright-io/syncwright/v2/util/exec"
	"github.com/syncwright-io/syncwright/v2/util/proxy"
)

var (
	// maxAttemptsCount is the number of attempts for git ls-remote
	maxAttemptsCount = 1
	maxRetryDuration time.Duration
	retryDuration    time.Duration
	factor           int64
)

func init() {
	if countStr := os.Getenv(common.EnvGitAttemptsCount); countStr != "" {
		maxAttemptsCount = env.ParseNumFromEnv(common.EnvGitAttemptsCount, 1, 1, 100)
	}
	maxRetryDuration = env.ParseDurationFromEnv(common.EnvGitRetryMaxDuration, common.DefaultGitRetryMaxDuration, 0, math.MaxInt64)
	retryDuration = env.ParseDurationFromEnv(common.EnvGitRetryDuration, common.DefaultGitRetryDuration, 0, math.MaxInt64)
	factor = env.ParseInt64FromEnv(common.EnvGitRetryFactor, common.DefaultGitRetryFactor, 0, math.MaxInt64)
}

// Client is a generic git client interface
type Client interface {
	Root() string
	Init() error
	Fetch(revision string) error
	Checkout(revision string, submoduleEnabled bool) (string, error)
	LsRefs() (*Refs, error)
	LsRemote(revision string) (string, error)
	LsFiles(path string, enableNewGitFileGlobbing bool) ([]string, error)
	CommitSHA() (string, error)
	RevisionMetadata(revision string) (*RevisionMetadata, error)
}

// nativeGitClient implements Client interface using git CLI (for fetch/checkout) and go-git (for
// ls-remote). Repository URLs come from Application specs and repository Secrets, e.g.
// https://github.com/<org>/<repo>.git or git@github.com:<org>/<repo>.git.
type nativeGitClient struct {
	EventHandlers

	repoURL   string
	root      string
	creds     Creds
	insecure  bool
	enableLfs bool
	proxy     string
	gitRefCache gitRefCache
	loadRefFromCache bool
}

func NewClientExt(rawRepoURL string, root string, creds Creds, insecure bool, enableLfs bool, proxy string, opts ...ClientOpts) (Client, error) {
	client := &nativeGitClient{
		repoURL:   rawRepoURL,
		root:      root,
		creds:     creds,
		insecure:  insecure,
		enableLfs: enableLfs,
		proxy:     proxy,
	}
	for i := range opts {
		opts[i](client)
	}
	return client, nil
}

// GetRepoHTTPClient returns a new HTTP client configured for the given repo URL (smart HTTP).
func GetRepoHTTPClient(repoURL string, insecure bool, creds Creds, proxyURL string) *http.Client {
	customHTTPClient := &http.Client{
		Timeout: 15 * time.Second,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}
	transport := &http.Transport{
		Proxy: proxy.GetCallback(proxyURL),
		TLSClientConfig: &tls.Config{
			InsecureSkipVerify: insecure,
		},
		DisableKeepAlives: true,
	}
	customHTTPClient.Transport = transport
	return customHTTPClient
}

func (m *nativeGitClient) Root() string {
	return m.root
}

// Init initializes a local git repository and sets the remote origin
func (m *nativeGitClient) Init() error {
	_, err := git.PlainOpen(m.root)
	if err == nil {
		return nil
	}
	if err != git.ErrRepositoryNotExists {
		return err
	}
	log.Infof("Initializing %s to %s", m.repoURL, m.root)
	err = os.RemoveAll(m.root)
	if err != nil {
		return fmt.Errorf("unable to clean repo at %s: %w", m.root, err)
	}
	err = os.MkdirAll(m.root, 0755)
	if err != nil {
		return err
	}
	repo, err := git.PlainInit(m.root, false)
	if err != nil {
		return err
	}
	_, err = repo.CreateRemote(&config.RemoteConfig{
		Name: git.DefaultRemoteName,
		URLs: []string{m.repoURL},
	})
	return err
}

// Fetch fetches latest updates from origin
func (m *nativeGitClient) Fetch(revision string) error {
	if m.OnFetch != nil {
		done := m.OnFetch(m.repoURL)
		defer done()
	}
	args := []string{"fetch", "origin"}
	if revision != "" {
		args = append(args, revision)
	}
	args = append(args, "--tags", "--force", "--prune")
	err := m.runCredentialedCmd(args...)
	if err == nil && m.enableLfs {
		err = m.runCredentialedCmd("lfs", "fetch", "--all")
	}
	return err
}

// LsRemote resolves the commit SHA of a specific branch, tag (with semantic versioning or not),
// or HEAD. If the supplied revision does not resolve, and "looks" like a 7+ hexadecimal commit SHA,
// it will return the revision string. Otherwise, it returns an error indicating that the revision could
// not be resolved. This method runs with in-memory storage and is safe to run concurrently.
func (m *nativeGitClient) LsRemote(revision string) (res string, err error) {
	for attempt := 0; attempt < maxAttemptsCount; attempt++ {
		if res, err = m.lsRemote(revision); err == nil {
			return
		} else if apierrors.IsInternalError(err) || apierrors.IsTimeout(err) || apierrors.IsServerTimeout(err) ||
			apierrors.IsTooManyRequests(err) || utilnet.IsProbableEOF(err) || utilnet.IsConnectionReset(err) {
			// Formula: timeToWait = duration * factor^retry_number
			timeToWait := float64(retryDuration) * (math.Pow(float64(factor), float64(attempt)))
			if maxRetryDuration > 0 {
				timeToWait = math.Min(float64(maxRetryDuration), timeToWait)
			}
			time.Sleep(time.Duration(timeToWait))
		}
	}
	return
}

func (m *nativeGitClient) lsRemote(revision string) (string, error) {
	if IsCommitSHA(revision) {
		return revision, nil
	}
	repo, err := git.Init(memory.NewStorage(), nil)
	if err != nil {
		return "", err
	}
	remote, err := repo.CreateRemote(&config.RemoteConfig{
		Name: git.DefaultRemoteName,
		URLs: []string{m.repoURL},
	})
	if err != nil {
		return "", err
	}
	auth, err := newAuth(m.repoURL, m.creds)
	if err != nil {
		return "", err
	}
	refs, err := listRemote(remote, &git.ListOptions{Auth: auth}, m.insecure, m.creds, m.proxy)
	if err != nil {
		return "", err
	}
	if revision == "" {
		revision = "HEAD"
	}
	for _, ref := range refs {
		if ref.Name().Short() == revision || ref.Name().String() == revision {
			if ref.Type() == plumbing.HashReference {
				return ref.Hash().String(), nil
			}
		}
	}
	return "", fmt.Errorf("unable to resolve '%s' to a commit SHA", revision)
}

func newAuth(repoURL string, creds Creds) (transport.AuthMethod, error) {
	switch c := creds.(type) {
	case HTTPSCreds:
		return &githttp.BasicAuth{Username: c.username, Password: c.password}, nil
	case GitHubAppCreds:
		token, err := c.getAccessToken()
		if err != nil {
			return nil, err
		}
		return &githttp.BasicAuth{Username: "x-access-token", Password: token}, nil
	}
	return nil, nil
}

// runCredentialedCmd is a convenience function to run a git command with username/password credentials
func (m *nativeGitClient) runCredentialedCmd(args ...string) error {
	closer, environ, err := m.creds.Environ()
	if err != nil {
		return err
	}
	defer func() { _ = closer.Close() }()
	cmd := exec.Command("git", args...)
	cmd.Env = append(cmd.Env, environ...)
	_, err = m.runCmdOutput(cmd, runOpts{})
	return err
}

func (m *nativeGitClient) runCmdOutput(cmd *exec.Cmd, ropts runOpts) (string, error) {
	cmd.Dir = m.root
	cmd.Env = append(os.Environ(), cmd.Env...)
	cmd.Env = append(cmd.Env, "HOME=/dev/null")
	cmd.Env = append(cmd.Env, "GIT_CONFIG_NOSYSTEM=true")
	cmd.Env = append(cmd.Env, "GIT_CONFIG_NOGLOBAL=true")
	cmd.Env = append(cmd.Env, "GIT_TERMINAL_PROMPT=false")
	cmd.Env = append(cmd.Env, fmt.Sprintf("GIT_SSH_COMMAND=ssh -o UserKnownHostsFile=%s", filepath.Join(common.GetSSHKnownHostsDataPath(), "ssh_known_hosts")))
	if m.proxy != "" {
		cmd.Env = append(cmd.Env, fmt.Sprintf("http_proxy=%s", m.proxy), fmt.Sprintf("https_proxy=%s", m.proxy))
	}
	if strings.HasPrefix(m.repoURL, "https://") && m.insecure {
		cmd.Env = append(cmd.Env, "GIT_SSL_NO_VERIFY=true")
	}
	return executil.RunWithExecRunOpts(cmd, executil.ExecRunOpts{TimeoutBehavior: executil.TimeoutBehavior{Signal: syscall.SIGTERM, ShouldWait: true}, SkipErrorLogging: ropts.SkipErrorLogging, CaptureStderr: ropts.CaptureStderr})
}

// NormalizeGitURL normalizes a git URL for purposes of comparison, as well as preventing redundant
// local clones (by normalizing various forms of a URL to a consistent location).
func NormalizeGitURL(repo string) string {
	repo = strings.ToLower(strings.TrimSpace(repo))
	if yes, _ := IsSSHURL(repo); yes {
		if !strings.HasPrefix(repo, "ssh://") {
			repo = "ssh://" + strings.Replace(repo, ":", "/", 1)
		}
	}
	repo = strings.TrimSuffix(repo, ".git")
	repoURL, err := url.Parse(repo)
	if err != nil {
		return ""
	}
	return repoURL.String()
}
