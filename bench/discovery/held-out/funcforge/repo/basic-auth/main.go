package main

import (
	"crypto/subtle"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

// basic-auth-plugin answers the gateway's auth_proxy_url checks: 200 when
// the request's basic-auth header matches the mounted secret, 401 otherwise.
func main() {
	mount := os.Getenv("secret_mount_path")
	if mount == "" {
		mount = "/var/secrets/basic-auth"
	}
	user := readSecret(mount, "basic-auth-user")
	pass := readSecret(mount, "basic-auth-password")
	port := os.Getenv("port")
	if port == "" {
		port = "8080"
	}

	http.HandleFunc("/validate", func(w http.ResponseWriter, r *http.Request) {
		u, p, ok := r.BasicAuth()
		if ok && subtle.ConstantTimeCompare([]byte(u), []byte(user)) == 1 &&
			subtle.ConstantTimeCompare([]byte(p), []byte(pass)) == 1 {
			w.WriteHeader(http.StatusOK)
			return
		}
		w.Header().Set("WWW-Authenticate", `Basic realm="Funcforge"`)
		w.WriteHeader(http.StatusUnauthorized)
	})
	http.HandleFunc("/health", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })
	log.Printf("basic-auth-plugin listening on :%s", port)
	log.Fatal(http.ListenAndServe(":"+port, nil))
}

func readSecret(dir, name string) string {
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		log.Fatalf("read %s: %s", name, err)
	}
	return strings.TrimSpace(string(b))
}
