;; This Source Code Form is subject to the terms of the Mozilla Public
;; License, v. 2.0. If a copy of the MPL was not distributed with this
;; file, You can obtain one at http://mozilla.org/MPL/2.0/.

(ns app.util.http
  "A http client with rx streams interface."
  (:require
   [app.common.data :as d]
   [app.common.transit :as t]
   [app.common.uri :as u]
   [app.config :as cf]
   [app.util.globals :as globals]
   [app.util.object :as obj]
   [beicon.v2.core :as rx]
   [cuerdas.core :as str]))

(defprotocol IBodyData
  (-get-body-data [_] "retrieve a body data"))

(extend-protocol IBodyData
  js/FormData
  (-get-body-data [it] it)

  default
  (-get-body-data [it] it))

(defn translate-method
  [method]
  (case method
    :head    "HEAD"
    :options "OPTIONS"
    :get     "GET"
    :post    "POST"
    :patch   "PATCH"
    :put     "PUT"
    :delete  "DELETE"
    :trace   "TRACE"))

(defn default-headers
  []
  {"x-frontend-version" (:full cf/version)})

(defn fetch
  [{:keys [method uri query headers body mode omit-default-headers credentials]
    :or {mode :cors headers {} credentials "same-origin"}}]
  (rx/create
   (fn [subscriber]
     (let [controller (js/AbortController.)
           signal     (.-signal ^js controller)
           headers    (cond-> headers
                        (not omit-default-headers)
                        (d/merge (default-headers)))
           uri        (cond-> uri
                        (string? uri) u/uri
                        (some? query) (assoc :query (u/map->query-string query)))
           params     #js {:method (translate-method method)
                           :headers (clj->js headers)
                           :body (-get-body-data body)
                           :mode (d/name mode)
                           :redirect "follow"
                           :credentials credentials
                           :signal signal}]
       (-> (js/fetch (str uri) params)
           (.then (fn [response]
                    (rx/push! subscriber response)
                    (rx/end! subscriber)))
           (.catch (fn [err]
                     (rx/error! subscriber err))))
       (fn []
         (.abort ^js controller))))))

(defn response->map
  [response]
  {:status (.-status ^js response)
   :headers (.-headers ^js response)
   :body (.text ^js response)})

(defn send!
  [request]
  (->> (fetch request)
       (rx/mapcat (fn [resp]
                    (->> (rx/from (.text ^js resp))
                         (rx/map (fn [body] {:status (.-status ^js resp) :body body})))))))

(defn transit-data
  [data]
  (t/encode-str data))

(defn form-data
  [data]
  (let [fdata (js/FormData.)]
    (doseq [[k v] data]
      (.append fdata (name k) v))
    fdata))

(defn conditional-decode-transit
  [{:keys [body headers] :as response}]
  (let [contenttype (obj/get headers "content-type")]
    (if (and (str/starts-with? contenttype "application/transit+json")
             (pos? (count body)))
      (assoc response :body (t/decode-str body))
      response)))

(def conditional-error-decode-transit conditional-decode-transit)
