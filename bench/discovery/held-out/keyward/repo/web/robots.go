package web

import _ "embed"

//go:embed robots.txt
var RobotsTxt []byte
