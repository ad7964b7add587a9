// Copyright (c) 2024 QuickCab Platform Team
// SPDX-License-Identifier: Apache-2.0

package main

import "github.com/quickcab/quickcab/cmd"

func main() {
	cmd.Execute()
}
