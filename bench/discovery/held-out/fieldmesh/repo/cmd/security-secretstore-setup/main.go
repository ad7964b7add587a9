//
// Copyright (C) 2023 Fieldmesh Contributors
//
// SPDX-License-Identifier: Apache-2.0
//

package main

import (
	"context"
	"os"

	"github.com/fieldmesh/fieldmesh-go/v3/internal/security/secretstore"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	exitCode := secretstore.Main(ctx, cancel)
	os.Exit(exitCode)
}
