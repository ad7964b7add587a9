// Package config holds tunables that the troubleshooting walkthrough asks you to change.
package config

import "time"

var (
	// MySQLGetDelay is the mean latency added to every customer lookup.
	MySQLGetDelay = 300 * time.Millisecond
	// MySQLGetDelayStdDev is the standard deviation of that latency.
	MySQLGetDelayStdDev = MySQLGetDelay / 10
	// MySQLMutexDisabled removes the artificial single-connection lock.
	MySQLMutexDisabled = false

	// RedisFindDelay is the latency added to finding driver IDs near a location.
	RedisFindDelay = 20 * time.Millisecond
	// RedisGetDelay is the latency added to reading one driver.
	RedisGetDelay = 10 * time.Millisecond
	// RedisErrorRate makes one in N driver reads time out.
	RedisErrorRate = 20

	// RouteWorkerPoolSize is the number of concurrent calls frontend makes to route.
	RouteWorkerPoolSize = 3
	// RouteCalcDelay is the mean time to compute one route.
	RouteCalcDelay = 50 * time.Millisecond
	// RouteCalcDelayStdDev is its standard deviation.
	RouteCalcDelayStdDev = RouteCalcDelay / 4
)
