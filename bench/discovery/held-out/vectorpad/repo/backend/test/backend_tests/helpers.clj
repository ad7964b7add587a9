(ns backend-tests.helpers
  (:require
   [app.config :as cf]
   [app.db :as db]
   [app.main :as main]
   [app.msgbus :as-alias mbus]
   [app.rpc :as-alias rpc]
   [app.storage :as sto]
   [clojure.test :as t]
   [integrant.core :as ig]
   [mockery.core :as mk]))

(def ^:dynamic *system* nil)
(def ^:dynamic *pool* nil)

(def defaults
  {:database-uri "postgresql://postgres/vectorpad_test"
   :redis-uri "redis://redis/1"
   :assets-storage-backend :assets-fs
   :storage-assets-fs-directory "/tmp/vectorpad/test/assets"
   :flags #{:registration :smtp :email-verification}})

(defn state-init
  [next]
  (with-redefs [cf/config (merge cf/config defaults)]
    (let [system (-> (select-keys main/system-config
                                  [::db/pool ::sto/storage ::rpc/methods])
                     (assoc ::mbus/msgbus {})
                     (ig/expand)
                     (ig/init))]
      (try
        (binding [*system* system
                  *pool* (::db/pool system)]
          (next))
        (finally
          (ig/halt! system))))))

(defn command!
  [{:keys [::type] :as data}]
  (let [method-fn (get-in *system* [::rpc/methods type])]
    (try
      {:result (method-fn (dissoc data ::type))}
      (catch Exception e
        {:error e}))))
