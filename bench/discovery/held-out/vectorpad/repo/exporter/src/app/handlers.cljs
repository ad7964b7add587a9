;; This Source Code Form is subject to the terms of the Mozilla Public
;; License, v. 2.0. If a copy of the MPL was not distributed with this
;; file, You can obtain one at http://mozilla.org/MPL/2.0/.

(ns app.handlers
  (:require
   [app.common.data :as d]
   [app.common.exceptions :as exc]
   [app.common.logging :as l]
   [app.common.transit :as t]
   [app.handlers.export-frames :as export-frames]
   [app.handlers.export-shapes :as export-shapes]
   [cuerdas.core :as str]
   [promesa.core :as p]))

(l/set-level! :debug)

(defn on-error
  [error exchange]
  (let [{:keys [type code] :as data} (ex-data error)]
    (cond
      (or (= :validation type)
          (= :assertion type))
      (-> exchange
          (assoc :response/status 400)
          (assoc :response/body (t/encode-str data {:type :json-verbose}))
          (assoc :response/headers {"content-type" "application/transit+json"}))

      :else
      (do
        (l/error :msg "Unexpected error" :cause error)
        (-> exchange
            (assoc :response/status 500)
            (assoc :response/headers {"content-type" "application/transit+json"})
            (assoc :response/body (t/encode-str {:type :unexpected-error
                                                 :message (ex-message error)})))))))

(defmulti command-spec :cmd)

(defn handler
  [{:keys [:request/params] :as exchange}]
  (let [{:keys [cmd] :as params} params]
    (case cmd
      :export-shapes (export-shapes/handler exchange params)
      :export-frames (export-frames/handler exchange params)
      (exc/raise :type :internal
                 :code :method-not-implemented
                 :hint (str/istr "method ~{cmd} not implemented")))))
