;; This Source Code Form is subject to the terms of the Mozilla Public
;; License, v. 2.0. If a copy of the MPL was not distributed with this
;; file, You can obtain one at http://mozilla.org/MPL/2.0/.

(ns app.rpc.commands.media
  (:require
   [app.common.exceptions :as ex]
   [app.common.media :as cm]
   [app.common.schema :as sm]
   [app.common.uuid :as uuid]
   [app.config :as cf]
   [app.db :as db]
   [app.media :as media]
   [app.rpc :as-alias rpc]
   [app.rpc.doc :as-alias doc]
   [app.storage :as sto]
   [app.util.services :as sv]
   [app.util.time :as dt]))

(def thumbnail-options
  {:width 100
   :height 100
   :quality 85
   :format :jpeg})

(def schema:upload-file-media-object
  [:map {:title "upload-file-media-object"}
   [:id {:optional true} ::sm/uuid]
   [:file-id ::sm/uuid]
   [:is-local ::sm/boolean]
   [:name [:string {:max 250}]]
   [:content ::media/upload]])

(sv/defmethod ::upload-file-media-object
  {::doc/added "1.17"
   ::sm/params schema:upload-file-media-object}
  [{:keys [::sto/storage ::db/pool] :as cfg} {:keys [::rpc/profile-id file-id content] :as params}]
  (media/validate-media-type! content)
  (media/validate-media-size! content)
  (db/with-atomic [conn pool]
    (let [info   (media/run {:cmd :info :input content})
          object (sto/put-object! storage
                                  {::sto/content (sto/content (:path content))
                                   ::sto/touched-at (dt/now)
                                   :content-type (:mtype info)
                                   :bucket "file-media-object"})]
      (db/insert! conn :file-media-object
                  {:id (or (:id params) (uuid/next))
                   :file-id file-id
                   :is-local (:is-local params)
                   :name (:name params)
                   :media-id (:id object)
                   :width (:width info)
                   :height (:height info)
                   :mtype (:mtype info)}))))

(def schema:upload-tempfile
  [:map {:title "upload-tempfile"}
   [:content ::media/upload]])

(sv/defmethod ::upload-tempfile
  "Store a temporal file (used by the exporter to hand over rendered
  results). The object is expired after 1 hour."
  {::doc/added "2.0"
   ::sm/params schema:upload-tempfile}
  [{:keys [::sto/storage] :as cfg} {:keys [content]}]
  (let [object (sto/put-object! storage
                                {::sto/content (sto/content (:path content))
                                 ::sto/expired-at (dt/in-future {:hours 1})
                                 :content-type (:mtype content)
                                 :bucket "tempfile"})]
    {:id (:id object)
     :uri (str (cf/get :public-uri) "/assets/by-id/" (:id object))}))
