package version

// Version of Woodpecker, set with ldflags.
var Version = "dev"

func String() string { return Version }
