// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package main

import (
	"os"

	"github.com/idforge/idforge/identity/cmd"
)

func main() {
	os.Exit(cmd.Execute())
}
