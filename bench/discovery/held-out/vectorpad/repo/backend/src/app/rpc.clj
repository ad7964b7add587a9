;; This Source Code Form is subject to the terms of the Mozilla Public
;; License, v. 2.0. If a copy of the MPL was not distributed with this
;; file, You can obtain one at http://mozilla.org/MPL/2.0/.

(ns app.rpc
  (:require
   [app.common.data :as d]
   [app.common.exceptions :as ex]
   [app.common.logging :as l]
   [app.config :as cf]
   [app.db :as db]
   [app.http.session :as session]
   [app.msgbus :as-alias mbus]
   [app.rpc.doc :as-alias doc]
   [app.rpc.helpers :as rph]
   [app.storage :as-alias sto]
   [app.util.services :as sv]
   [clojure.spec.alpha :as s]
   [integrant.core :as ig]
   [yetti.request :as yreq]
   [yetti.response :as yres]))

(defn- default-handler
  [_]
  (ex/raise :type :not-found))

(defn- handle-response
  [request result]
  (if (fn? result)
    (result request)
    (let [mdata (meta result)]
      (-> {::yres/status  (::http/status mdata 200)
           ::yres/headers (::http/headers mdata {})
           ::yres/body    (rph/unwrap result)}
          (cond-> (::rph/cookies mdata) (assoc :cookies (::rph/cookies mdata)))))))

(defn- rpc-handler
  "Ring handler that dispatches cmd requests and convert between
  internal async flow into ring async flow."
  [methods {:keys [params path-params method] :as request}]
  (let [handler-name (:type path-params)
        etag         (yreq/get-header request "if-none-match")
        profile-id   (or (::session/profile-id request)
                         (::actoken/profile-id request))
        data         (-> params
                         (assoc ::request-at (dt/now))
                         (assoc ::session/id (::session/id request))
                         (assoc ::cond/key etag)
                         (cond-> (uuid? profile-id)
                           (assoc ::profile-id profile-id)))
        data         (vary-meta data assoc ::http/request request)
        handler-fn   (get methods (keyword handler-name) default-handler)]
    (when (and (or (= method :get) (= method :head))
               (not (str/starts-with? handler-name "get-")))
      (ex/raise :type :restriction
                :code :method-not-allowed
                :hint "method not allowed for this request"))
    (binding [cond/*enabled* true]
      (let [response (handler-fn data)]
        (handle-response request response)))))

(defn- resolve-command-methods
  [cfg]
  (let [cfg (assoc cfg ::type "command" ::metrics-id :rpc-command-timing)]
    (->> (sv/scan-ns
          'app.rpc.commands.auth
          'app.rpc.commands.files
          'app.rpc.commands.media
          'app.rpc.commands.teams
          'app.rpc.commands.profile)
         (map (partial process-method cfg))
         (into {}))))

(defmethod ig/pre-init-spec ::methods [_]
  (s/keys :req [::sto/storage ::db/pool ::mbus/msgbus ::session/manager]))

(defmethod ig/init-key ::methods
  [_ cfg]
  (let [cfg (d/without-nils cfg)]
    (resolve-command-methods cfg)))

(defmethod ig/init-key ::routes
  [_ {:keys [::methods] :as cfg}]
  [["/_doc" {:handler (doc/handler methods) :allowed-methods #{:get}}]
   ["/rpc"
    ["/command/:type" {:middleware [[session/authz cfg]]
                       :handler (partial rpc-handler methods)}]]])
