package main

import (
	"github.com/tallybill/tallybill/events-processor/processors"
)

func main() {
	processors.StartProcessingEvents()
}
