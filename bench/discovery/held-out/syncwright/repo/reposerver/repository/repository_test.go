package repository

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"time"
	"testing"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/syncwright-io/syncwright/v2/pkg/apis/application/v1alpha1"
	"github.com/syncwright-io/syncwright/v2/reposerver/apiclient"
	"github.com/syncwright-io/syncwright/v2/reposerver/cache"
	"github.com/syncwright-io/syncwright/v2/reposerver/metrics"
	cacheutil "github.com/syncwright-io/syncwright/v2/util/cache"
	"github.com/syncwright-io/syncwright/v2/util/git"
)

func newRedisCache(t *testing.T) *cache.Cache {
	t.Helper()
	// Use a real redis when CI provides one, otherwise an in-process miniredis.
	addr := os.Getenv("SYNCWRIGHT_TEST_REDIS_ADDR")
	if addr == "" {
		mr, err := miniredis.Run()
		require.NoError(t, err)
		t.Cleanup(mr.Close)
		addr = mr.Addr()
	}
	client := redis.NewClient(&redis.Options{Addr: addr})
	return cache.NewCache(cacheutil.NewCache(cacheutil.NewRedisCache(client, time.Hour, cacheutil.RedisCompressionNone)), time.Minute, time.Minute)
}

func newServiceWithMocks(t *testing.T, root string) *Service {
	t.Helper()
	return NewService(metrics.NewMetricsServer(), newRedisCache(t), RepoServerInitConstants{ParallelismLimit: 1}, &git.NoopCredsStore{}, root)
}

func TestGenerateManifest_HelmFromFixtureRepo(t *testing.T) {
	// A tiny helm repository serving index.yaml and a packaged chart from testdata
	ts := httptest.NewServer(http.FileServer(http.Dir("./testdata/helm-repo")))
	defer ts.Close()

	service := newServiceWithMocks(t, t.TempDir())
	q := &apiclient.ManifestRequest{
		Repo: &v1alpha1.Repository{Repo: ts.URL, Type: "helm"},
		ApplicationSource: &v1alpha1.ApplicationSource{
			RepoURL:        ts.URL,
			Chart:          "my-chart",
			TargetRevision: "0.1.0",
		},
		Revision: "0.1.0",
	}
	res, err := service.GenerateManifest(context.Background(), q)
	require.NoError(t, err)
	assert.NotEmpty(t, res.Manifests)
}

func TestGenerateManifest_LocalGitServer(t *testing.T) {
	if os.Getenv("SYNCWRIGHT_E2E_GIT_SERVICE") == "" {
		t.Skip("requires the e2e git fixture server on localhost:9081")
	}
	service := newServiceWithMocks(t, t.TempDir())
	repoURL := "http://localhost:9081/syncwright-e2e/testdata.git"
	q := &apiclient.ManifestRequest{
		Repo:              &v1alpha1.Repository{Repo: repoURL},
		ApplicationSource: &v1alpha1.ApplicationSource{RepoURL: repoURL, Path: "guestbook"},
		Revision:          "HEAD",
	}
	res, err := service.GenerateManifest(context.Background(), q)
	require.NoError(t, err)
	assert.Len(t, res.Manifests, 2)
}

func TestManifestCacheKey(t *testing.T) {
	q := &apiclient.ManifestRequest{AppName: "guestbook", Namespace: "Default"}
	assert.Equal(t, "mfst|abc|guestbook|default", manifestCacheKey("abc", q))
}
