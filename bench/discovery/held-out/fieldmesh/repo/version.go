//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

package fieldmesh

// Version is set at build time via -ldflags (see Makefile).
var Version = "0.0.0"
