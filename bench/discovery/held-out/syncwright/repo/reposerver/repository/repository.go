package repository

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	log "github.com/sirupsen/logrus"
	"golang.org/x/sync/semaphore"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"k8s.io/apimachinery/pkg/api/resource"

	"github.com/syncwright-io/syncwright/v2/pkg/apis/application/v1alpha1"
	"github.com/syncwright-io/syncwright/v2/reposerver/apiclient"
	"github.com/syncwright-io/syncwright/v2/reposerver/cache"
	"github.com/syncwright-io/syncwright/v2/reposerver/metrics"
	"github.com/syncwright-io/syncwright/v2/util/git"
	"github.com/syncwright-io/syncwright/v2/util/helm"
	"github.com/syncwright-io/syncwright/v2/util/kustomize"
)

const (
	cachedManifestGenerationPrefix = "Manifest generation error (cached)"
	helmDepUpMarkerFile            = ".syncwright-helm-dep-up"
	repoSourceFile                 = ".syncwright-source.yaml"
)

// Service implements ManifestService interface
type Service struct {
	gitCredsStore             git.CredsStore
	rootDir                   string
	gitRepoPaths              io.TempPaths
	chartPaths                io.TempPaths
	gitRepoInitializer        func(rootPath string) goio.Closer
	repoLock                  *repositoryLock
	cache                     *cache.Cache
	parallelismLimitSemaphore *semaphore.Weighted
	metricsServer             *metrics.MetricsServer
	newGitClient              func(rawRepoURL string, root string, creds git.Creds, insecure bool, enableLfs bool, proxy string, opts ...git.ClientOpts) (git.Client, error)
	newHelmClient             func(repoURL string, creds helm.Creds, enableOci bool, proxy string, opts ...helm.ClientOpts) helm.Client
	initConstants             RepoServerInitConstants
	now                       func() time.Time
}

type RepoServerInitConstants struct {
	ParallelismLimit                             int64
	PauseGenerationAfterFailedGenerationAttempts int
	PauseGenerationOnFailureForMinutes           int
	PauseGenerationOnFailureForRequests          int
	SubmoduleEnabled                             bool
	MaxCombinedDirectoryManifestsSize            resource.Quantity
	CMPTarExcludedGlobs                          []string
	AllowOutOfBoundsSymlinks                     bool
	StreamedManifestMaxExtractedSize             int64
	StreamedManifestMaxTarSize                   int64
	HelmManifestMaxExtractedSize                 int64
	HelmRegistryMaxIndexSize                     int64
	DisableHelmManifestMaxExtractedSize          bool
	IncludeHiddenDirectories                     bool
}

// NewService returns a new instance of the Manifest service
func NewService(metricsServer *metrics.MetricsServer, cache *cache.Cache, initConstants RepoServerInitConstants, gitCredsStore git.CredsStore, rootDir string) *Service {
	var parallelismLimitSemaphore *semaphore.Weighted
	if initConstants.ParallelismLimit > 0 {
		parallelismLimitSemaphore = semaphore.NewWeighted(initConstants.ParallelismLimit)
	}
	repoLock := NewRepositoryLock()
	gitRandomizedPaths := io.NewRandomizedTempPaths(rootDir)
	helmRandomizedPaths := io.NewRandomizedTempPaths(rootDir)
	return &Service{
		parallelismLimitSemaphore: parallelismLimitSemaphore,
		repoLock:                  repoLock,
		cache:                     cache,
		metricsServer:             metricsServer,
		newGitClient:              git.NewClientExt,
		newHelmClient: func(repoURL string, creds helm.Creds, enableOci bool, proxy string, opts ...helm.ClientOpts) helm.Client {
			return helm.NewClientWithLock(repoURL, creds, sync.NewKeyLock(), enableOci, proxy, opts...)
		},
		initConstants:      initConstants,
		now:                time.Now,
		gitCredsStore:      gitCredsStore,
		gitRepoPaths:       gitRandomizedPaths,
		chartPaths:         helmRandomizedPaths,
		gitRepoInitializer: directoryPermissionInitializer,
		rootDir:            rootDir,
	}
}

// Init sets up the temp directories used for clones and charts
func (s *Service) Init() error {
	_, err := os.Stat(s.rootDir)
	if os.IsNotExist(err) {
		return os.MkdirAll(s.rootDir, 0300)
	}
	if err == nil {
		// give itself read permissions to list previously written directories
		err = os.Chmod(s.rootDir, 0700)
	}
	var dirEntries []fs.DirEntry
	if err == nil {
		dirEntries, err = os.ReadDir(s.rootDir)
	}
	if err != nil {
		log.Warnf("Failed to restore cloned repositories paths: %v", err)
		return nil
	}
	for _, file := range dirEntries {
		if !file.IsDir() {
			continue
		}
		fullPath := filepath.Join(s.rootDir, file.Name())
		closer := s.gitRepoInitializer(fullPath)
		if repo, err := gogit.PlainOpen(fullPath); err == nil {
			if remotes, err := repo.Remotes(); err == nil && len(remotes) > 0 && len(remotes[0].Config().URLs) > 0 {
				s.gitRepoPaths.Add(git.NormalizeGitURL(remotes[0].Config().URLs[0]), fullPath)
			}
		}
		io.Close(closer)
	}
	// remove read permissions since no-one should be able to list the directories
	return os.Chmod(s.rootDir, 0300)
}

// GenerateManifest generate a manifest for application in specified repo name and revision
func (s *Service) GenerateManifest(ctx context.Context, q *apiclient.ManifestRequest) (*apiclient.ManifestResponse, error) {
	var res *apiclient.ManifestResponse
	var err error

	cacheFn := func(cacheKey string, firstInvocation bool) (bool, error) {
		ok, resp, err := s.getManifestCacheEntry(cacheKey, q, firstInvocation)
		res = resp
		return ok, err
	}

	// Helm charts live in helm repositories (or OCI registries), everything else in git
	if q.ApplicationSource.IsHelm() {
		var helmClient helm.Client
		helmClient = s.newHelmClient(q.Repo.Repo, q.Repo.GetHelmCreds(), q.Repo.EnableOCI, q.Repo.Proxy, helm.WithIndexCache(s.cache))
		chartPath, closer, err := helmClient.ExtractChart(q.ApplicationSource.Chart, q.Revision, false, s.initConstants.HelmManifestMaxExtractedSize, s.initConstants.DisableHelmManifestMaxExtractedSize)
		if err != nil {
			return nil, status.Errorf(codes.Internal, "failed to extract chart: %v", err)
		}
		defer io.Close(closer)
		return s.renderHelm(ctx, chartPath, q)
	}

	gitClient, revision, err := s.newClientResolveRevision(q.Repo, q.Revision, git.WithCache(s.cache, !q.NoRevisionCache && !q.NoCache))
	if err != nil {
		return nil, err
	}
	if ok, err := cacheFn(manifestCacheKey(revision, q), true); ok {
		return res, err
	}

	closer, err := s.repoLock.Lock(gitClient.Root(), revision, true, func() (goio.Closer, error) {
		return s.checkoutRevision(gitClient, revision, s.initConstants.SubmoduleEnabled)
	})
	if err != nil {
		return nil, err
	}
	defer io.Close(closer)

	appPath := filepath.Join(gitClient.Root(), q.ApplicationSource.Path)
	manifests, sourceType, err := s.generateFromPath(ctx, appPath, q)
	if err != nil {
		s.metricsServer.IncPendingRequest(q.Repo.Repo)
		return nil, err
	}
	res = &apiclient.ManifestResponse{
		Manifests:  manifests,
		Namespace:  q.Namespace,
		Revision:   revision,
		SourceType: sourceType,
	}
	if err := s.cache.SetManifests(revision, q.ApplicationSource, q.RefSources, q, q.Namespace, q.TrackingMethod, q.AppLabelKey, q.AppName, &cache.CachedManifestResponse{ManifestResponse: res}, nil); err != nil {
		log.Warnf("manifest cache set error %s/%s: %v", q.ApplicationSource.String(), revision, err)
	}
	return res, nil
}

func (s *Service) generateFromPath(ctx context.Context, appPath string, q *apiclient.ManifestRequest) ([]string, string, error) {
	switch {
	case fileExists(filepath.Join(appPath, "kustomization.yaml")):
		k := kustomize.NewKustomizeApp(s.rootDir, appPath, q.Repo.GetGitCreds(s.gitCredsStore), q.Repo.Repo, q.KustomizeOptions.BinaryPath, q.Repo.Proxy)
		targetObjs, _, err := k.Build(q.ApplicationSource.Kustomize, q.KustomizeOptions, nil)
		return toStrings(targetObjs), string(v1alpha1.ApplicationSourceTypeKustomize), err
	case fileExists(filepath.Join(appPath, "Chart.yaml")):
		res, err := s.renderHelm(ctx, appPath, q)
		if err != nil {
			return nil, "", err
		}
		return res.Manifests, string(v1alpha1.ApplicationSourceTypeHelm), nil
	default:
		objs, err := findManifests(appPath, s.initConstants.MaxCombinedDirectoryManifestsSize)
		return toStrings(objs), string(v1alpha1.ApplicationSourceTypeDirectory), err
	}
}

// newClientResolveRevision is a helper to perform the common task of instantiating a git client
// and resolving a revision to a commit SHA
func (s *Service) newClientResolveRevision(repo *v1alpha1.Repository, revision string, opts ...git.ClientOpts) (git.Client, string, error) {
	gitClient, err := s.newClient(repo, opts...)
	if err != nil {
		return nil, "", err
	}
	commitSHA, err := gitClient.LsRemote(revision)
	if err != nil {
		s.metricsServer.IncGitLsRemoteFail(gitClient.Root(), revision)
		return nil, "", err
	}
	return gitClient, commitSHA, nil
}

func (s *Service) newClient(repo *v1alpha1.Repository, opts ...git.ClientOpts) (git.Client, error) {
	repoPath, err := s.gitRepoPaths.GetPath(git.NormalizeGitURL(repo.Repo))
	if err != nil {
		return nil, err
	}
	opts = append(opts, git.WithEventHandlers(metrics.NewGitClientEventHandlers(s.metricsServer)))
	return s.newGitClient(repo.Repo, repoPath, repo.GetGitCreds(s.gitCredsStore), repo.IsInsecure(), repo.EnableLFS, repo.Proxy, opts...)
}

func (s *Service) checkoutRevision(gitClient git.Client, revision string, submoduleEnabled bool) (goio.Closer, error) {
	closer := s.gitRepoInitializer(gitClient.Root())
	err := gitClient.Init()
	if err != nil {
		return closer, status.Errorf(codes.Internal, "Failed to initialize git repo: %v", err)
	}
	err = gitClient.Fetch(revision)
	if err != nil {
		log.Infof("Failed to fetch revision %s: %v", revision, err)
		log.Infof("Fallback to fetching default branch")
		err = gitClient.Fetch("")
		if err != nil {
			return closer, status.Errorf(codes.Internal, "Failed to fetch default: %v", err)
		}
	}
	_, err = gitClient.Checkout(revision, submoduleEnabled)
	if err != nil {
		return closer, status.Errorf(codes.Internal, "Failed to checkout %s: %v", revision, err)
	}
	return closer, nil
}

func manifestCacheKey(revision string, q *apiclient.ManifestRequest) string {
	return fmt.Sprintf("mfst|%s|%s|%s", revision, q.AppName, strings.ToLower(q.Namespace))
}
