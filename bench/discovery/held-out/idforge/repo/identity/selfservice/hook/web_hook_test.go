// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package hook_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/sirupsen/logrus"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/idforge/idforge/identity/selfservice/hook"
)

func TestWebHooks(t *testing.T) {
	received := make(chan []byte, 1)
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		received <- b
		w.WriteHeader(http.StatusCreated)
	}))
	t.Cleanup(ts.Close)

	tpl := filepath.Join(t.TempDir(), "body.jsonnet")
	require.NoError(t, os.WriteFile(tpl, []byte(`function(ctx) { id: ctx.identity.id }`), 0o600))

	conf, _ := json.Marshal(map[string]interface{}{
		"url":    ts.URL + "/admin/relation-tuples",
		"method": "PUT",
		"body":   "file://" + tpl,
	})

	e := hook.NewWebHookExecutor(logrus.New())
	err := e.Execute(context.Background(), conf, &hook.WebHookContext{
		Identity: map[string]string{"id": "1b8d4f5e-0000-4000-8000-000000000001"},
	})
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":"1b8d4f5e-0000-4000-8000-000000000001"}`, string(<-received))
}
