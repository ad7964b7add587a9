;; This Source Code Form is subject to the terms of the Mozilla Public
;; License, v. 2.0. If a copy of the MPL was not distributed with this
;; file, You can obtain one at http://mozilla.org/MPL/2.0/.

(ns app.tasks.telemetry
  "A task that is responsible to collect anonymous statistical
  information about the software usage."
  (:require
   [app.common.logging :as l]
   [app.config :as cf]
   [app.db :as db]
   [app.http.client :as http]
   [app.setup :as-alias setup]
   [app.util.json :as json]
   [clojure.spec.alpha :as s]
   [integrant.core :as ig]))

(declare ^:private get-stats)
(declare ^:private send!)

(defmethod ig/init-key ::handler
  [_ {:keys [::db/pool ::setup/props] :as cfg}]
  (fn [{:keys [send? enabled?] :or {send? true enabled? false}}]
    (let [enabled? (or enabled?
                       (contains? cf/flags :telemetry)
                       (cf/get :telemetry-enabled))
          data     {:type :telemetry-legacy-report
                    :version (:full cf/version)
                    :instance-id (:instance-id props)}]
      (when enabled?
        (let [stats (get-stats pool)]
          (when send?
            (send! cfg (merge data stats))))))))

(defn- send!
  [cfg data]
  (let [response (http/req! cfg
                            {:method :post
                             :uri (cf/get :telemetry-uri)
                             :headers {"content-type" "application/json"}
                             :body (json/encode-str data)}
                            {:sync? true})]
    (when (> (:status response) 206)
      (l/warn :hint "telemetry endpoint responded with unexpected status"
              :status (:status response)))))

(defn- get-stats
  [conn]
  {:total-teams (-> (db/exec-one! conn ["select count(*) as count from team"]) :count)
   :total-projects (-> (db/exec-one! conn ["select count(*) as count from project"]) :count)
   :total-files (-> (db/exec-one! conn ["select count(*) as count from file"]) :count)
   :total-users (-> (db/exec-one! conn ["select count(*) as count from profile"]) :count)})
