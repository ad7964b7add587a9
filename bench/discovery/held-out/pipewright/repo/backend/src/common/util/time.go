package util

import "time"

type TimeInterface interface {
	Now() time.Time
}

type RealTime struct{}

func NewRealTime() TimeInterface { return &RealTime{} }

func (r *RealTime) Now() time.Time { return time.Now() }

type FakeTime struct{ now time.Time }

func NewFakeTimeForEpoch() TimeInterface { return &FakeTime{now: time.Unix(0, 0).UTC()} }

func (f *FakeTime) Now() time.Time {
	f.now = time.Unix(f.now.Unix()+1, 0).UTC()
	return f.now
}
