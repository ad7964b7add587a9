;; This Source Code Form is subject to the terms of the Mozilla Public
;; License, v. 2.0. If a copy of the MPL was not distributed with this
;; file, You can obtain one at http://mozilla.org/MPL/2.0/.

(ns app.http
  (:require
   ["cookies$default" :as Cookies]
   ["http" :as http]
   ["inflation$default" :as inflate]
   ["raw-body$default" :as raw-body]
   [app.common.logging :as l]
   [app.common.transit :as t]
   [app.config :as cf]
   [app.handlers :as handlers]
   [cuerdas.core :as str]
   [promesa.core :as p]
   [reitit.core :as r]))

(l/set-level! :info)

(def router
  (r/router
   [["/api/export" {:handler handlers/handler}]]))

(defn- match-route
  [path]
  (r/match-by-path router path))

(defn- parse-body
  [req]
  (-> (raw-body (inflate req) #js {:limit "5mb" :encoding "utf8"})
      (p/then t/decode-str)))

(defn- wrap-auth
  [handler]
  (fn [{:keys [:request/cookies] :as exchange}]
    (let [token (.get ^js cookies "auth-token")]
      (handler (cond-> exchange token (assoc :request/auth-token token))))))

(defn- write-response
  [^js res {:keys [:response/status :response/headers :response/body] :or {status 200}}]
  (doseq [[k v] headers]
    (.setHeader res (name k) (str v)))
  (set! (.-statusCode res) status)
  (.end res (if (string? body) body (t/encode-str body))))

(defn- on-request
  [handler ^js req ^js res]
  (let [cookies (new Cookies req res)
        url     (js/URL. (.-url req) "http://localhost")
        match   (match-route (.-pathname url))]
    (if-not match
      (write-response res {:response/status 404 :response/body ""})
      (-> (parse-body req)
          (p/then (fn [params]
                    (handler {:request/params params
                              :request/cookies cookies
                              :request/method (.-method req)})))
          (p/then #(write-response res %))
          (p/catch #(write-response res (handlers/on-error % {})))))))

(defonce server (atom nil))

(defn init
  []
  (let [handler (wrap-auth handlers/handler)
        server' (http/createServer (partial on-request handler))
        port    (cf/get :http-server-port 6061)]
    (.listen server' port)
    (l/info :hint "welcome to vectorpad exporter"
            :module "http"
            :version (:full cf/version)
            :port port)
    (reset! server server')))

(defn stop
  []
  (when-let [srv @server]
    (.close ^js srv)))
