;; This Source Code Form is subject to the terms of the Mozilla Public
;; License, v. 2.0. If a copy of the MPL was not distributed with this
;; file, You can obtain one at http://mozilla.org/MPL/2.0/.

(ns app.storage
  "Objects storage abstraction layer."
  (:require
   [app.common.data :as d]
   [app.common.exceptions :as ex]
   [app.common.logging :as l]
   [app.common.uuid :as uuid]
   [app.config :as cf]
   [app.db :as db]
   [app.storage.fs :as sfs]
   [app.storage.impl :as impl]
   [app.storage.s3 :as ss3]
   [clojure.spec.alpha :as s]
   [datoteka.fs :as fs]
   [integrant.core :as ig]))

(defn get-legacy-backend
  []
  (let [name (cf/get :assets-storage-backend)]
    (case name
      :assets-fs :fs
      :assets-s3 :s3
      :fs)))

(defmethod ig/init-key ::storage
  [_ {:keys [::backends] :as cfg}]
  (-> (d/without-nils cfg)
      (assoc ::backends (d/without-nils backends))
      (assoc ::default-backend (get-legacy-backend))))

(s/def ::backends (s/map-of ::us/keyword ::sto/backend))

(defn- create-database-object
  [{:keys [::backend ::db/connectable]} {:keys [::content ::expired-at ::touched-at] :as params}]
  (let [id     (or (:id params) (uuid/random))
        mdata  (cond-> (get-metadata params)
                 (satisfies? impl/IContentHash content)
                 (assoc :hash (impl/get-hash content)))
        result (db/insert! connectable :storage-object
                           {:id id
                            :size (impl/get-size content)
                            :backend (name backend)
                            :metadata (db/tjson mdata)
                            :deleted-at expired-at
                            :touched-at touched-at})]
    (impl/storage-object id (:size result) (:created-at result) expired-at backend mdata)))

(defn- get-metadata
  [params]
  (into {}
        (remove (fn [[k _]] (qualified-keyword? k)))
        params))

(defn resolve-backend
  [{:keys [::backends] :as storage} backend-id]
  (let [backend (get backends backend-id)]
    (when-not backend
      (ex/raise :type :internal
                :code :backend-not-configured
                :hint (dm/fmt "backend '%' not configured" backend-id)))
    (assoc backend ::id backend-id)))

(defn put-object!
  "Creates a new object with the provided content."
  [{:keys [::backend] :as storage} {:keys [::content] :as params}]
  (let [backend (or backend (::default-backend storage))
        storage (assoc storage ::backend backend)
        object  (create-database-object storage params)]
    (impl/put-object (resolve-backend storage backend) object content)
    object))

(defn get-object-data
  [storage object]
  (when (or (nil? (:expired-at object))
            (dt/is-after? (:expired-at object) (dt/now)))
    (-> (resolve-backend storage (:backend object))
        (impl/get-object-data object))))

(defn get-object-url
  ([storage object]
   (get-object-url storage object nil))
  ([storage object options]
   (-> (resolve-backend storage (:backend object))
       (impl/get-object-url object options))))

(defn del-object!
  [{:keys [::db/connectable] :as storage} object]
  (db/update! connectable :storage-object
              {:deleted-at (dt/now)}
              {:id (:id object)}))
