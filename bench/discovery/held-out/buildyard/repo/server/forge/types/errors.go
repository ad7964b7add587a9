package types

import "errors"

// ErrIgnoreEvent is returned when a forge hook should be ignored.
var ErrIgnoreEvent = errors.New("explicit ignored event by forge")

var ErrNotImplemented = errors.New("not implemented")
