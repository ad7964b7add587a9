package filestore

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/teamwharf/teamwharf/server/config"
)

// Backend abstracts where uploaded files, exports and plugin bundles live.
type Backend interface {
	WriteFile(r io.Reader, path string) (int64, error)
	Reader(path string) (io.ReadCloser, error)
	RemoveFile(path string) error
	ListDirectory(path string) ([]string, error)
}

func New(s config.FileSettings) (Backend, error) {
	switch s.DriverName {
	case "amazons3":
		return NewS3Backend(s)
	case "local":
		return &LocalBackend{root: s.Directory}, nil
	}
	return nil, fmt.Errorf("unknown file driver %q", s.DriverName)
}

type LocalBackend struct{ root string }

func (l *LocalBackend) WriteFile(r io.Reader, path string) (int64, error) {
	full := filepath.Join(l.root, path)
	if err := os.MkdirAll(filepath.Dir(full), 0o750); err != nil {
		return 0, err
	}
	f, err := os.Create(full)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	return io.Copy(f, r)
}

func (l *LocalBackend) Reader(path string) (io.ReadCloser, error) {
	return os.Open(filepath.Join(l.root, path))
}

func (l *LocalBackend) RemoveFile(path string) error { return os.Remove(filepath.Join(l.root, path)) }

func (l *LocalBackend) ListDirectory(path string) ([]string, error) {
	entries, err := os.ReadDir(filepath.Join(l.root, path))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		out = append(out, filepath.Join(path, e.Name()))
	}
	return out, nil
}
