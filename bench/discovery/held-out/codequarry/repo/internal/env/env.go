// Package env centralizes reading of environment configuration. Every variable
// a service reads must be declared through Get so that `-help-env` can list it.
package env

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
)

type envVar struct {
	name, defaultValue, description string
}

var (
	mu       sync.Mutex
	declared = map[string]envVar{}
)

// Get returns the value of the environment variable, or defaultValue when unset.
func Get(name, defaultValue, description string) string {
	mu.Lock()
	declared[name] = envVar{name, defaultValue, description}
	mu.Unlock()
	if v, ok := os.LookupEnv(name); ok {
		return v
	}
	return defaultValue
}

// MustGetBool parses a boolean environment variable.
func MustGetBool(name string, defaultValue bool, description string) bool {
	v := Get(name, fmt.Sprint(defaultValue), description)
	switch strings.ToLower(v) {
	case "1", "t", "true", "yes":
		return true
	case "0", "f", "false", "no", "":
		return false
	}
	panic(fmt.Sprintf("invalid boolean %q for %s", v, name))
}

// PrintHelp writes all declared variables to stdout.
func PrintHelp() {
	mu.Lock()
	defer mu.Unlock()
	names := make([]string, 0, len(declared))
	for n := range declared {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		v := declared[n]
		fmt.Printf("%-40s %-30q %s\n", v.name, v.defaultValue, v.description)
	}
}
