// Copyright 2023 The Gitgrove Authors. All rights reserved.
// SPDX-License-Identifier: MIT

package setting

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDecodeEnvSectionKey(t *testing.T) {
	ok, section, key := decodeEnvSectionKey("SEC__KEY")
	assert.True(t, ok)
	assert.Equal(t, "sec", section)
	assert.Equal(t, "KEY", key)

	ok, section, key = decodeEnvSectionKey("sec__key")
	assert.True(t, ok)
	assert.Equal(t, "sec", section)
	assert.Equal(t, "key", key)

	ok, section, key = decodeEnvSectionKey("LOG_0x2E_CONSOLE__STDERR")
	assert.True(t, ok)
	assert.Equal(t, "log.console", section)
	assert.Equal(t, "STDERR", key)

	ok, section, key = decodeEnvSectionKey("SEC")
	assert.False(t, ok)
	assert.Equal(t, "", section)
	assert.Equal(t, "", key)
}

func TestEnvironmentToConfig(t *testing.T) {
	cfg, _ := NewConfigProviderFromData("")

	changed := EnvironmentToConfig(cfg, nil)
	assert.False(t, changed)

	cfg, err := NewConfigProviderFromData(`
[database]
HOST = localhost:5432
`)
	assert.NoError(t, err)

	changed = EnvironmentToConfig(cfg, []string{"GITGROVE__database__HOST=db.internal:5432"})
	assert.True(t, changed)
	assert.Equal(t, "db.internal:5432", cfg.Section("database").Key("HOST").String())

	changed = EnvironmentToConfig(cfg, []string{"GITGROVE__cache__HOST=redis://redis.test:6379/0"})
	assert.True(t, changed)
	assert.Equal(t, "redis://redis.test:6379/0", cfg.Section("cache").Key("HOST").String())
}

func TestEnvironmentToConfigWithFile(t *testing.T) {
	tmpFile := t.TempDir() + "/the-file"
	_ = os.WriteFile(tmpFile, []byte("value-from-file\n"), 0o644)
	cfg, _ := NewConfigProviderFromData("")
	changed := EnvironmentToConfig(cfg, []string{"GITGROVE__mailer__PASSWD__FILE=" + tmpFile})
	assert.True(t, changed)
	assert.Equal(t, "value-from-file", cfg.Section("mailer").Key("PASSWD").String())
}
