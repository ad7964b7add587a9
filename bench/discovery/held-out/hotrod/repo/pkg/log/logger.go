// Package log builds the zap logger shared by all services.
package log

import (
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// New returns a production JSON logger, or a development console logger when verbose.
func New(verbose bool) *zap.Logger {
	var cfg zap.Config
	if verbose {
		cfg = zap.NewDevelopmentConfig()
		cfg.EncoderConfig.EncodeLevel = zapcore.CapitalColorLevelEncoder
	} else {
		cfg = zap.NewProductionConfig()
		cfg.Sampling = nil
	}
	logger, err := cfg.Build()
	if err != nil {
		panic(err)
	}
	return logger
}
