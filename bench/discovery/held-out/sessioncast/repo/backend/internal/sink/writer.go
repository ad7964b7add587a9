package sink

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"sync"

	"sessioncast/backend/pkg/messages"
)

// SessionWriter appends session batches to files on the shared volume (FS_DIR).
type SessionWriter struct {
	dir    string
	limit  uint16
	buf    int
	mu     sync.Mutex
	files  map[uint64]*bufio.Writer
	fds    map[uint64]*os.File
}

func NewSessionWriter(dir string, limit uint16, buf int) *SessionWriter {
	return &SessionWriter{dir: dir, limit: limit, buf: buf, files: map[uint64]*bufio.Writer{}, fds: map[uint64]*os.File{}}
}

func (w *SessionWriter) Write(sessionID uint64, mobile bool, data []byte) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	bw, ok := w.files[sessionID]
	if !ok {
		name := strconv.FormatUint(sessionID, 10)
		if mobile {
			name += "ios"
		}
		f, err := os.OpenFile(filepath.Join(w.dir, name), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0644)
		if err != nil {
			return err
		}
		bw = bufio.NewWriterSize(f, w.buf)
		w.files[sessionID], w.fds[sessionID] = bw, f
	}
	_, err := bw.Write(data)
	return err
}

func (w *SessionWriter) Close(sessionID uint64) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if bw, ok := w.files[sessionID]; ok {
		bw.Flush()
		w.fds[sessionID].Close()
		delete(w.files, sessionID)
		delete(w.fds, sessionID)
	}
}

func (w *SessionWriter) Sync() {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, bw := range w.files {
		bw.Flush()
	}
}

func (w *SessionWriter) Stop() { w.Sync() }

type AssetsRewriter struct {
	origin string
	re     *regexp.Regexp
}

func NewAssetsRewriter(origin string) *AssetsRewriter {
	return &AssetsRewriter{origin: origin, re: regexp.MustCompile(`https?://[^\s"')]+\.(css|woff2?|ttf|png|svg)`)}
}

func (a *AssetsRewriter) ExtractURLs(data []byte) []string {
	return a.re.FindAllString(string(data), -1)
}

type iterator struct {
	handler func(sessionID uint64, data []byte, topic string)
}

func NewIterator(h func(sessionID uint64, data []byte, topic string)) messages.MessageIterator {
	return &iterator{handler: h}
}

func (i *iterator) Iterate(batch []byte, info *messages.BatchInfo) {
	i.handler(info.SessionID(), batch, info.Topic())
}
