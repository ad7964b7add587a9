;; This Source Code Form is subject to the terms of the Mozilla Public
;; License, v. 2.0. If a copy of the MPL was not distributed with this
;; file, You can obtain one at http://mozilla.org/MPL/2.0/.

(ns app.storage.fs
  (:require
   [app.common.exceptions :as ex]
   [app.common.spec :as us]
   [app.common.uri :as u]
   [app.storage.impl :as impl]
   [clojure.java.io :as io]
   [clojure.spec.alpha :as s]
   [datoteka.fs :as fs]
   [datoteka.io :as dio]
   [integrant.core :as ig])
  (:import
   java.nio.file.Files
   java.nio.file.Path))

(s/def ::directory ::us/string)

(defmethod ig/pre-init-spec ::backend [_]
  (s/keys :opt [::directory]))

(defmethod ig/init-key ::backend
  [_ cfg]
  ;; Return a valid backend data structure only if all optional
  ;; parameters are provided.
  (when (string? (::directory cfg))
    (let [dir (fs/normalize (::directory cfg))]
      (assoc cfg
             ::directory (str dir)
             ::uri (u/uri (str "file://" dir))
             ::type :fs))))

(defmethod impl/put-object :fs
  [backend {:keys [id] :as object} content]
  (let [base (fs/path (::directory backend))
        path (fs/path (impl/id->path id))
        full (fs/normalize (fs/join base path))]
    (when-not (fs/exists? (fs/parent full))
      (fs/create-dir (fs/parent full)))
    (with-open [^java.io.InputStream src (io/input-stream content)
                ^java.io.OutputStream dst (io/output-stream full)]
      (io/copy src dst))
    object))

(defmethod impl/get-object-data :fs
  [{:keys [::directory]} {:keys [id] :as object}]
  (let [^Path path (fs/join directory (impl/id->path id))]
    (when-not (fs/exists? path)
      (ex/raise :type :internal
                :code :filesystem-object-does-not-exists
                :path (str path)))
    (dio/input-stream path)))

(defmethod impl/get-object-url :fs
  [{:keys [::uri] :as backend} {:keys [id] :as object} _]
  (update uri :path
          (fn [existing]
            (if (.endsWith ^String existing "/")
              (str existing (impl/id->path id))
              (str existing "/" (impl/id->path id))))))

(defmethod impl/del-object :fs
  [backend {:keys [id] :as object}]
  (let [base (fs/path (::directory backend))
        path (fs/path (impl/id->path id))
        path (fs/join base path)]
    (Files/deleteIfExists ^Path path)))
