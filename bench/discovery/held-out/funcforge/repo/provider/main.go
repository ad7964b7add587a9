package main

import (
	"log"
	"net/http"

	"github.com/gorilla/mux"

	"github.com/funcforge/forge-netes/handlers"
	"github.com/funcforge/forge-netes/k8s"
)

// forge-netes implements the Funcforge provider API on Kubernetes. It runs
// as a second container in the gateway pod and listens on :8081.
func main() {
	cfg := ReadConfig()
	clientset, err := k8s.NewClientset()
	if err != nil {
		log.Fatalf("kubernetes: %s", err)
	}
	resolver := k8s.NewEndpointResolver(clientset, cfg.FunctionNamespace)
	deployer := k8s.NewDeployer(clientset, cfg.FunctionNamespace, cfg.ImagePullPolicy)

	r := mux.NewRouter()
	r.PathPrefix("/function/").HandlerFunc(handlers.MakeProxy(resolver, cfg.WriteTimeout))
	r.HandleFunc("/system/functions", handlers.MakeListHandler(deployer)).Methods(http.MethodGet)
	r.HandleFunc("/system/functions", handlers.MakeDeployHandler(deployer)).Methods(http.MethodPost, http.MethodPut)
	r.HandleFunc("/system/functions", handlers.MakeDeleteHandler(deployer)).Methods(http.MethodDelete)
	r.HandleFunc("/system/function/{name}", handlers.MakeReplicaReader(deployer)).Methods(http.MethodGet)
	r.HandleFunc("/system/scale-function/{name}", handlers.MakeReplicaUpdater(deployer)).Methods(http.MethodPost)
	r.HandleFunc("/system/info", handlers.MakeInfoHandler("forge-netes")).Methods(http.MethodGet)
	r.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })

	srv := &http.Server{Addr: ":" + cfg.Port, Handler: r, ReadTimeout: cfg.ReadTimeout, WriteTimeout: cfg.WriteTimeout}
	log.Printf("forge-netes listening on %s, functions in namespace %s", srv.Addr, cfg.FunctionNamespace)
	log.Fatal(srv.ListenAndServe())
}
