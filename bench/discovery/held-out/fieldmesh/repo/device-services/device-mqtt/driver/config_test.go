//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

package driver

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBrokerURL(t *testing.T) {
	info := MQTTBrokerInfo{Schema: "tcp", Host: "localhost", Port: 1883}
	u, err := info.URL()
	require.NoError(t, err)
	assert.Equal(t, "tcp://localhost:1883", u.String())
}

func TestUpdateFromRaw(t *testing.T) {
	sc := &ServiceConfig{}
	ok := sc.UpdateFromRaw(&ServiceConfig{MQTTBrokerInfo: MQTTBrokerInfo{Host: "test-broker", Port: 1883}})
	assert.True(t, ok)
	assert.Equal(t, "test-broker", sc.MQTTBrokerInfo.Host)
}
