;; This Source Code Form is subject to the terms of the Mozilla Public
;; License, v. 2.0. If a copy of the MPL was not distributed with this
;; file, You can obtain one at http://mozilla.org/MPL/2.0/.

(ns app.main.repo
  (:require
   [app.common.data :as d]
   [app.common.exceptions :as ex]
   [app.common.transit :as t]
   [app.common.uri :as u]
   [app.config :as cf]
   [app.util.http :as http]
   [app.util.sse :as sse]
   [beicon.v2.core :as rx]
   [cuerdas.core :as str]))

(defn handle-response
  [{:keys [status body headers] :as response}]
  (cond
    (= 204 status)
    (rx/of nil)

    (= 502 status)
    (rx/throw (ex-info "http error" {:type :bad-gateway}))

    (= 503 status)
    (rx/throw (ex-info "http error" {:type :service-unavailable}))

    (= 0 (:status response))
    (rx/throw (ex-info "http error" {:type :offline}))

    (= 200 status)
    (rx/of body)

    (and (>= status 400) (map? body))
    (rx/throw (ex-info "http error" body))

    :else
    (rx/throw
     (ex-info "http error"
              {:type :unexpected-error
               :status status
               :data body}))))

(def default-options
  {:update-file {:query-params [:id]}
   :get-raw-file {:rename-to :get-file :raw-transit? true}

   :export-shapes
   {:base-uri "/api/export"
    :query-params [:cmd]
    :forward-query-params [:file-id]}

   :export-frames
   {:base-uri "/api/export"
    :query-params [:cmd]}})

(defn- send!
  [id params options]
  (let [{:keys [response-type
                stream?
                form-data?
                raw-transit?
                query-params
                rename-to]}
        (-> (get default-options id)
            (merge options))

        decode-fn
        (if raw-transit?
          http/conditional-error-decode-transit
          http/conditional-decode-transit)

        id       (or rename-to id)
        nid      (name id)
        method   (cond
                   (= query-params :all)  :get
                   (str/starts-with? nid "get-") :get
                   :else :post)

        request  {:method method
                  :uri (u/join cf/public-uri "api/rpc/command/" nid)
                  :credentials "include"
                  :headers {"accept" "application/transit+json,text/event-stream,*/*"}
                  :body (when (= method :post)
                          (if form-data?
                            (http/form-data params)
                            (http/transit-data params)))
                  :query (if (= method :get)
                           params
                           (if query-params
                             (select-keys params query-params)
                             nil))
                  :response-type
                  (if stream? nil (d/nilv response-type :text))}]

    (->> (http/fetch request)
         (rx/map http/response->map)
         (rx/mapcat (fn [{:keys [headers body] :as response}]
                      (->> (rx/of response)
                           (rx/map decode-fn)
                           (rx/mapcat handle-response)))))))

(defn- send-export!
  [id params]
  (let [{:keys [base-uri query-params]} (get default-options id)]
    (->> (http/send! {:method :post
                      :uri (u/join cf/public-uri base-uri)
                      :credentials "include"
                      :body (http/transit-data (assoc params :cmd id))
                      :query (select-keys (assoc params :cmd id) query-params)
                      :response-type :text})
         (rx/map http/conditional-decode-transit)
         (rx/mapcat handle-response))))

(defn cmd!
  ([id] (cmd! id nil nil))
  ([id params] (cmd! id params nil))
  ([id params options]
   (if (contains? #{:export-shapes :export-frames} id)
     (send-export! id params)
     (send! id params options))))
