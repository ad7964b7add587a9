// Copyright 2014 The Gogs Authors. All rights reserved.
// Copyright 2016 The Gitgrove Authors. All rights reserved.
// SPDX-License-Identifier: MIT

package main // import "code.gitgrove.io/gitgrove"

import (
	"os"
	"runtime"
	"strings"
	"time"

	"code.gitgrove.io/gitgrove/cmd"
	"code.gitgrove.io/gitgrove/modules/log"
	"code.gitgrove.io/gitgrove/modules/setting"

	"github.com/urfave/cli/v2"

	// register supported package types, this is needed to init the package.Type set
	_ "code.gitgrove.io/gitgrove/models"
)

// these flags will be set by the build flags
var (
	Version     = "development" // program version for this build
	Tags        = ""            // the Golang build tags
	MakeVersion = ""            // "make" program version if built with make
)

func init() {
	setting.AppVer = Version
	setting.AppBuiltWith = formatBuiltWith()
	setting.AppStartTime = time.Now().UTC()
}

func main() {
	cli.OsExiter = func(code int) {
		log.GetManager().Close()
		os.Exit(code)
	}
	app := cmd.NewMainApp(cmd.AppVersion{Version: Version, Extra: formatBuiltWith()})
	_ = cmd.RunMainApp(app, os.Args...) // all errors should have been handled by the RunMainApp
	log.GetManager().Close()
}

func formatBuiltWith() string {
	version := runtime.Version()
	if len(MakeVersion) > 0 {
		version = MakeVersion + ", " + runtime.Version()
	}
	if len(Tags) == 0 {
		return " built with " + version
	}
	return " built with " + version + " : " + strings.ReplaceAll(Tags, " ", ", ")
}
