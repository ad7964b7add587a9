// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

package version

// Set via -ldflags at build time.
var (
	Version   = "dev"
	GitCommit = ""
	BuildDate = ""
)

// Info describes the build.
type Info struct {
	Version   string `json:"version"`
	GitCommit string `json:"gitCommit"`
	BuildDate string `json:"buildDate"`
}

func Get() Info { return Info{Version: Version, GitCommit: GitCommit, BuildDate: BuildDate} }
