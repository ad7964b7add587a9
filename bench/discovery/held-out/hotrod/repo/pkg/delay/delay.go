// Package delay simulates latency with a normal distribution.
package delay

import (
	"math"
	"math/rand"
	"time"
)

// Sleep sleeps for a duration drawn from N(mean, stdDev), never less than zero.
func Sleep(mean time.Duration, stdDev time.Duration) {
	fMean := float64(mean)
	fStdDev := float64(stdDev)
	d := time.Duration(math.Max(0, rand.NormFloat64()*fStdDev+fMean))
	time.Sleep(d)
}
