;; This Source Code Form is subject to the terms of the Mozilla Public
;; License, v. 2.0. If a copy of the MPL was not distributed with this
;; file, You can obtain one at http://mozilla.org/MPL/2.0/.

(ns app.handlers.export-shapes
  (:require
   [app.common.data :as d]
   [app.common.exceptions :as exc]
   [app.common.logging :as l]
   [app.common.schema :as sm]
   [app.common.uuid :as uuid]
   [app.handlers.resources :as rsc]
   [app.redis :as redis]
   [app.renderer.bitmap :as rb]
   [app.renderer.pdf :as rp]
   [app.renderer.svg :as rs]
   [cljs.spec.alpha :as s]
   [cuerdas.core :as str]
   [promesa.core :as p]))

(declare ^:private handle-exports)
(declare ^:private handle-single-export)
(declare ^:private handle-multiple-export)
(declare ^:private run-export)
(declare ^:private assign-file-name)

(def ^:private schema:export
  [:map {:title "export"}
   [:page-id ::sm/uuid]
   [:file-id ::sm/uuid]
   [:object-id ::sm/uuid]
   [:type [:enum :jpeg :png :webp :svg :pdf]]
   [:suffix :string]
   [:scale ::sm/double]
   [:name {:optional true} :string]])

(defn handler
  [{:keys [:request/auth-token] :as exchange} {:keys [exports profile-id wait name skip-children] :as params}]
  (let [exports (mapv #(assoc % :skip-children skip-children :token auth-token) exports)
        xform   (map #(assoc % :token auth-token))]
    (if (= 1 (count exports))
      (handle-single-export exchange (-> params
                                         (assoc :export (first exports))
                                         (assoc :auth-token auth-token)))
      (handle-multiple-export exchange (-> params
                                           (assoc :exports exports)
                                           (assoc :auth-token auth-token))))))

(defn- handle-single-export
  [exchange {:keys [export wait profile-id name auth-token] :as params}]
  (let [topic       (str profile-id)
        resource    (rsc/create (:type export) (or name (:name export)))

        on-progress (fn [{:keys [path] :as object}]
                      (p/let [res (rsc/upload-resource {:auth-token auth-token}
                                                       (assoc resource :path path))]
                        (redis/pub! topic {:type :export-update
                                           :resource-id (:id resource)
                                           :status "ended"
                                           :resource-uri (:uri res)})
                        res))

        proc        (-> (run-export export on-progress)
                        (p/catch (fn [cause]
                                   (l/error :hint "unexpected error on export" :cause cause)
                                   (redis/pub! topic {:type :export-update
                                                      :resource-id (:id resource)
                                                      :status "error"
                                                      :cause (ex-message cause)}))))]
    (if wait
      (p/then proc #(assoc exchange :response/body (dissoc % :path)))
      (assoc exchange :response/body (dissoc resource :path)))))

(defn- handle-multiple-export
  [exchange {:keys [exports wait profile-id name auth-token] :as params}]
  (let [resource (rsc/create :zip (or name (-> exports first :name)))
        total    (count exports)
        topic    (str profile-id)

        on-progress (fn [{:keys [done]}]
                      (redis/pub! topic {:type :export-update
                                         :resource-id (:id resource)
                                         :status "running"
                                         :total total
                                         :done done}))

        append   (fn [{:keys [filename path] :as object}]
                   (rsc/add-to-zip zip path (str/replace filename sanitize-file-regex "_")))

        zip      (rsc/create-zip :resource resource
                                 :on-complete (constantly nil)
                                 :on-error (fn [cause] (l/error :cause cause))
                                 :on-progress on-progress)

        proc     (-> (p/do
                       (p/loop [exports (seq exports)]
                         (when-let [export (first exports)]
                           (p/do
                             (run-export export append)
                             (p/recur (rest exports)))))
                       (rsc/close-zip zip)
                       (p/let [res (rsc/upload-resource {:auth-token auth-token} resource)]
                         (redis/pub! topic {:type :export-update
                                            :resource-id (:id resource)
                                            :status "ended"
                                            :resource-uri (:uri res)})
                         res))
                     (p/catch (fn [cause]
                                (redis/pub! topic {:type :export-update
                                                   :resource-id (:id resource)
                                                   :status "error"
                                                   :cause (ex-message cause)}))))]
    (if wait
      (p/then proc #(assoc exchange :response/body (dissoc % :path)))
      (assoc exchange :response/body (dissoc resource :path)))))

(def ^:private sanitize-file-regex
  #"[\\/:*?\"<>|]")

(defn- run-export
  [{:keys [type] :as params} on-object]
  (p/let [result (case type
                   (:png :jpeg :webp) (rb/render params on-object)
                   :pdf               (rp/render params on-object)
                   :svg               (rs/render params on-object))]
    (assoc params :result result)))
