package handlers

import (
	"encoding/json"
	"net/http"

	"github.com/gorilla/mux"

	"github.com/funcforge/forge-netes/k8s"
)

func MakeListHandler(d *k8s.Deployer) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		fns, err := d.List(r.Context(), r.URL.Query().Get("namespace"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		writeJSON(w, http.StatusOK, fns)
	}
}

func MakeDeployHandler(d *k8s.Deployer) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req k8s.FunctionDeployment
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		if err := d.Apply(r.Context(), req); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusAccepted)
	}
}

func MakeDeleteHandler(d *k8s.Deployer) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			FunctionName string `json:"functionName"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		if err := d.Delete(r.Context(), req.FunctionName); err != nil {
			http.Error(w, err.Error(), http.StatusNotFound)
			return
		}
		w.WriteHeader(http.StatusAccepted)
	}
}

func MakeReplicaReader(d *k8s.Deployer) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		fn, err := d.Get(r.Context(), mux.Vars(r)["name"])
		if err != nil {
			http.Error(w, err.Error(), http.StatusNotFound)
			return
		}
		writeJSON(w, http.StatusOK, fn)
	}
}

func MakeReplicaUpdater(d *k8s.Deployer) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Replicas int32 `json:"replicas"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		if err := d.Scale(r.Context(), mux.Vars(r)["name"], req.Replicas); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusAccepted)
	}
}

func MakeInfoHandler(name string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"provider": name, "orchestration": "kubernetes"})
	}
}

func writeJSON(w http.ResponseWriter, code int, v interface{}) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}
