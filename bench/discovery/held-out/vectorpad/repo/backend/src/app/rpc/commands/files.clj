;; This Source Code Form is subject to the terms of the Mozilla Public
;; License, v. 2.0. If a copy of the MPL was not distributed with this
;; file, You can obtain one at http://mozilla.org/MPL/2.0/.

(ns app.rpc.commands.files
  (:require
   [app.common.data :as d]
   [app.common.exceptions :as ex]
   [app.common.schema :as sm]
   [app.common.transit :as t]
   [app.db :as db]
   [app.msgbus :as mbus]
   [app.rpc :as-alias rpc]
   [app.rpc.doc :as-alias doc]
   [app.rpc.permissions :as perms]
   [app.util.blob :as blob]
   [app.util.services :as sv]))

(def ^:private sql:get-file
  "select f.id, f.project_id, f.name, f.revn, f.data, f.features,
          f.created_at, f.modified_at
     from file as f
    where f.id = ?
      and f.deleted_at is null")

(defn get-file
  [conn id]
  (let [row (db/exec-one! conn [sql:get-file id])]
    (when-not row
      (ex/raise :type :not-found :code :object-not-found))
    (update row :data blob/decode)))

(sv/defmethod ::get-file
  "Retrieve a file by its ID. Only authenticated users."
  {::doc/added "1.17"
   ::sm/params [:map [:id ::sm/uuid]]}
  [{:keys [::db/pool]} {:keys [::rpc/profile-id id]}]
  (db/with-atomic [conn pool]
    (perms/check-read-permissions! conn profile-id id)
    (get-file conn id)))

(sv/defmethod ::rename-file
  {::doc/added "1.17"
   ::sm/params [:map [:id ::sm/uuid] [:name [:string {:max 250}]]]}
  [{:keys [::db/pool ::mbus/msgbus]} {:keys [::rpc/profile-id id name]}]
  (db/with-atomic [conn pool]
    (perms/check-edition-permissions! conn profile-id id)
    (let [file (db/update! conn :file {:name name} {:id id})]
      (mbus/pub! msgbus
                 :topic (str id)
                 :message {:type :file-change
                           :profile-id profile-id
                           :file-id id
                           :name name})
      (select-keys file [:id :name]))))
