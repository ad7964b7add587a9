// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package main

import (
	"os"

	"github.com/idforge/idforge/proxy/cmd"
)

func main() {
	if err := cmd.RootCmd.Execute(); err != nil {
		os.Exit(1)
	}
}
