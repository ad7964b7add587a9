package fetcher

import (
	"archive/tar"
	"bufio"
	"bytes"
	"context"
	"io"
	"os/exec"
	"strings"

	"github.com/codequarry/codequarry/internal/gitserver"
)

type Symbol struct {
	Name string `json:"name"`
	Kind string `json:"kind"`
	Path string `json:"path"`
	Line int    `json:"line"`
}

type Fetcher struct {
	git      *gitserver.Client
	ctags    string
	cacheDir string
	sem      chan struct{}
}

func New(git *gitserver.Client, ctags, cacheDir string, workers int) *Fetcher {
	if workers < 1 {
		workers = 1
	}
	return &Fetcher{git: git, ctags: ctags, cacheDir: cacheDir, sem: make(chan struct{}, workers)}
}

// Search fetches the archive for repo@commit and parses it with ctags.
func (f *Fetcher) Search(ctx context.Context, repo, commit, query string) ([]Symbol, error) {
	rc, err := f.git.Archive(ctx, repo, commit, "tar")
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	f.sem <- struct{}{}
	defer func() { <-f.sem }()

	var out []Symbol
	tr := tar.NewReader(rc)
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		content, _ := io.ReadAll(tr)
		for _, s := range f.parse(ctx, hdr.Name, content) {
			if query == "" || strings.Contains(s.Name, query) {
				out = append(out, s)
			}
		}
	}
	return out, nil
}

func (f *Fetcher) parse(ctx context.Context, path string, content []byte) []Symbol {
	cmd := exec.CommandContext(ctx, f.ctags, "--output-format=u-ctags", "-f", "-", "--_interactive=no", "--stdin-filename="+path)
	cmd.Stdin = bytes.NewReader(content)
	out, err := cmd.Output()
	if err != nil {
		return nil
	}
	var syms []Symbol
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		parts := strings.Split(sc.Text(), "\t")
		if len(parts) >= 4 {
			syms = append(syms, Symbol{Name: parts[0], Path: path, Kind: parts[3]})
		}
	}
	return syms
}
