package logging

import (
	"log/slog"
	"os"
	"strings"
)

// Setup configures the default slog handler from SLICELAB_LOG_LEVEL.
func Setup() {
	level := slog.LevelInfo
	switch strings.ToLower(os.Getenv("SLICELAB_LOG_LEVEL")) {
	case "debug":
		level = slog.LevelDebug
	case "warn":
		level = slog.LevelWarn
	}
	h := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{Level: level})
	slog.SetDefault(slog.New(h))
}
