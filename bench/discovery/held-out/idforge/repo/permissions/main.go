// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package main

import (
	"os"

	"github.com/idforge/idforge/permissions/cmd"
)

func main() {
	if err := cmd.NewRootCmd().Execute(); err != nil {
		os.Exit(1)
	}
}
