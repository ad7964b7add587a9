;; This Source Code Form is subject to the terms of the Mozilla Public
;; License, v. 2.0. If a copy of the MPL was not distributed with this
;; file, You can obtain one at http://mozilla.org/MPL/2.0/.

(ns app.handlers.resources
  "Temporal resources management."
  (:require
   ["archiver$default" :as arc]
   ["node:fs" :as fs]
   ["node:fs/promises" :as fsp]
   ["node:path" :as path]
   [app.common.exceptions :as ex]
   [app.common.transit :as t]
   [app.common.uri :as u]
   [app.common.uuid :as uuid]
   [app.config :as cf]
   [app.util.mime :as mime]
   [app.util.shell :as sh]
   [cljs.core :as c]
   [cuerdas.core :as str]
   [promesa.core :as p]))

(defn- get-path
  [type id]
  (sh/tempfile :prefix (str "vectorpad.tmp.resource." (c/name type) ".") :suffix (mime/get-extension type)))

(defn create
  "Generates ephimeral resource object."
  [type name]
  (let [task-id (uuid/next)]
    {:path (get-path type task-id)
     :mtype (mime/get type)
     :name name
     :filename (str/concat name (mime/get-extension type))
     :id task-id}))

(defn create-zip
  "Creates a resource with zip file."
  [& {:keys [resource on-complete on-progress on-error]}]
  (let [^js zip (arc/create "zip")
        ^js out (fs/createWriteStream (:path resource))]
    (.on zip "error" on-error)
    (.on zip "progress" on-progress)
    (.on out "close" on-complete)
    (.pipe zip out)
    zip))

(defn add-to-zip
  [zip path name]
  (.file ^js zip path #js {:name name}))

(defn close-zip
  [zip]
  (p/create (fn [resolve]
              (.on ^js zip "close" resolve)
              (.finalize ^js zip))))

(defn upload-resource
  "Hands over the rendered file to the backend as a temporal storage
  object; returns the backend response with the download uri."
  [{:keys [auth-token]} resource]
  (p/let [buffer  (fsp/readFile (:path resource))
          form    (js/FormData.)
          _       (.append form "content"
                           (js/Blob. #js [buffer] #js {:type (:mtype resource)})
                           (:filename resource))
          uri     (-> (u/uri (cf/get :public-uri))
                      (u/join "/api/rpc/command/upload-tempfile"))
          headers #js {"x-external-session-id" (cf/get :host)
                       "accept" "application/transit+json"
                       "cookie" (str "auth-token=" auth-token)}
          resp    (js/fetch (str uri) #js {:method "POST"
                                           :headers headers
                                           :body form})
          body    (.text ^js resp)]
    (when-not (.-ok ^js resp)
      (ex/raise :type :internal
                :code :unable-to-upload-resource
                :status (.-status ^js resp)))
    (t/decode-str body)))
