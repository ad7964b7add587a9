//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

package messaging

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseTopic(t *testing.T) {
	device, command, method, err := parseTopic("fieldmesh/core/command/request/Line3-Filler-Sim/Float64/get")
	require.NoError(t, err)
	assert.Equal(t, "Line3-Filler-Sim", device)
	assert.Equal(t, "Float64", command)
	assert.Equal(t, "get", method)
}

func TestParseTopic_TooShort(t *testing.T) {
	_, _, _, err := parseTopic("get")
	assert.Error(t, err)
}
