;; This Source Code Form is subject to the terms of the Mozilla Public
;; License, v. 2.0. If a copy of the MPL was not distributed with this
;; file, You can obtain one at http://mozilla.org/MPL/2.0/.

(ns app.storage.s3
  "S3 Storage backend implementation."
  (:require
   [app.common.data :as d]
   [app.common.exceptions :as ex]
   [app.common.logging :as l]
   [app.common.spec :as us]
   [app.common.uri :as u]
   [app.storage.impl :as impl]
   [app.storage.tmp :as tmp]
   [app.util.time :as dt]
   [clojure.java.io :as io]
   [clojure.spec.alpha :as s]
   [integrant.core :as ig])
  (:import
   java.io.InputStream
   java.net.URI
   java.time.Duration
   java.util.function.BiFunction
   software.amazon.awssdk.core.ResponseBytes
   software.amazon.awssdk.core.async.AsyncRequestBody
   software.amazon.awssdk.core.async.AsyncResponseTransformer
   software.amazon.awssdk.core.client.config.ClientAsyncConfiguration
   software.amazon.awssdk.core.client.config.SdkAdvancedAsyncClientOption
   software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient
   software.amazon.awssdk.regions.Region
   software.amazon.awssdk.services.s3.S3AsyncClient
   software.amazon.awssdk.services.s3.S3Configuration
   software.amazon.awssdk.services.s3.model.Delete
   software.amazon.awssdk.services.s3.model.DeleteObjectRequest
   software.amazon.awssdk.services.s3.model.GetObjectRequest
   software.amazon.awssdk.services.s3.model.PutObjectRequest
   software.amazon.awssdk.services.s3.presigner.S3Presigner
   software.amazon.awssdk.services.s3.presigner.model.GetObjectPresignRequest
   software.amazon.awssdk.services.s3.presigner.model.PresignedGetObjectRequest))

(declare put-object)
(declare get-object-bytes)
(declare get-object-data)
(declare get-object-url)
(declare del-object)
(declare build-s3-client)
(declare build-s3-presigner)

;; --- BACKEND INIT

(s/def ::region ::us/keyword)
(s/def ::bucket ::us/string)
(s/def ::prefix ::us/string)
(s/def ::endpoint ::us/string)
(s/def ::io-threads ::us/integer)

(defmethod ig/pre-init-spec ::backend [_]
  (s/keys :opt [::region ::bucket ::prefix ::endpoint ::io-threads]))

(defmethod ig/init-key ::backend
  [_ params]
  (when (and (contains? params ::region)
             (contains? params ::bucket))
    (let [client    (build-s3-client params)
          presigner (build-s3-presigner params)]
      (assoc params
             ::client @client
             ::presigner presigner
             ::type :s3
             ::close-fn #(.close ^java.lang.AutoCloseable client)))))

(defmethod ig/halt-key! ::backend
  [_ {:keys [::close-fn]}]
  (when (fn? close-fn)
    (px/run! close-fn)))

;; --- API IMPL

(defmethod impl/put-object :s3
  [backend object content]
  (put-object backend object content))

(defmethod impl/get-object-data :s3
  [backend object]
  (get-object-data backend object))

(defmethod impl/get-object-bytes :s3
  [backend object]
  (get-object-bytes backend object))

(defmethod impl/get-object-url :s3
  [backend object options]
  (get-object-url backend object options))

(defmethod impl/del-object :s3
  [backend object]
  (del-object backend object))

;; --- HELPERS

(def default-eviction-ttl
  (dt/duration {:millis 2000}))

(def default-timeout
  (dt/duration {:seconds 30}))

(defn- lookup-region
  ^Region
  [region]
  (Region/of (name region)))

(defn- build-s3-client
  [{:keys [::region ::endpoint ::io-threads]}]
  (let [aconfig (-> (ClientAsyncConfiguration/builder)
                    (.build))

        sconfig (-> (S3Configuration/builder)
                    (cond-> (some? endpoint) (.pathStyleAccessEnabled true))
                    (.build))

        thr-num (or io-threads (min 16 (px/get-available-processors)))
        hclient (-> (NettyNioAsyncHttpClient/builder)
                    (.maxConcurrency (int 64))
                    (.connectionAcquisitionTimeout default-timeout)
                    (.build))

        client  (let [builder (S3AsyncClient/builder)
                      builder (.serviceConfiguration ^S3AsyncClient builder ^S3Configuration sconfig)
                      builder (.asyncConfiguration ^S3AsyncClient builder ^ClientAsyncConfiguration aconfig)
                      builder (.httpClient ^S3AsyncClient builder ^NettyNioAsyncHttpClient hclient)
                      builder (.region ^S3AsyncClient builder (lookup-region region))
                      builder (cond-> ^S3AsyncClient builder
                                (some? endpoint)
                                (.endpointOverride (URI. endpoint)))]
                  (.build ^S3AsyncClient builder))]

    (reify
      clojure.lang.IDeref
      (deref [_] client)

      java.lang.AutoCloseable
      (close [_]
        (.close ^NettyNioAsyncHttpClient hclient)))))

(defn- build-s3-presigner
  [{:keys [::region ::endpoint]}]
  (let [config (-> (S3Configuration/builder)
                   (cond-> (some? endpoint) (.pathStyleAccessEnabled true))
                   (.build))]

    (-> (S3Presigner/builder)
        (cond-> (some? endpoint) (.endpointOverride (URI. endpoint)))
        (.region (lookup-region region))
        (.serviceConfiguration ^S3Configuration config)
        (.build))))

(defn- put-object
  [{:keys [::client ::bucket ::prefix]} {:keys [id] :as object} content]
  (let [path    (dm/str prefix (impl/id->path id))
        mdata   (meta object)
        mtype   (:content-type mdata "application/octet-stream")
        rbody   (AsyncRequestBody/fromInputStream ^InputStream (io/input-stream content)
                                                  ^Long (impl/get-size content)
                                                  ^java.util.concurrent.ExecutorService @default-executor)
        request (.. (PutObjectRequest/builder)
                    (bucket bucket)
                    (contentType mtype)
                    (contentLength (impl/get-size content))
                    (key path)
                    (build))]
    (.get (.putObject ^S3AsyncClient client
                      ^PutObjectRequest request
                      ^AsyncRequestBody rbody))))

(defn- get-object-data
  [{:keys [::client ::bucket ::prefix]} {:keys [id size]}]
  (let [gor (.. (GetObjectRequest/builder)
                (bucket bucket)
                (key (dm/str prefix (impl/id->path id)))
                (build))
        path (tmp/tempfile :prefix "vectorpad.storage.s3.")]
    (.get (.getObject ^S3AsyncClient client
                      ^GetObjectRequest gor
                      (AsyncResponseTransformer/toFile ^java.nio.file.Path path)))
    (io/input-stream path)))

(defn- get-object-bytes
  [{:keys [::client ::bucket ::prefix]} {:keys [id]}]
  (let [gor (.. (GetObjectRequest/builder)
                (bucket bucket)
                (key (dm/str prefix (impl/id->path id)))
                (build))
        obj (.get (.getObject ^S3AsyncClient client
                              ^GetObjectRequest gor
                              (AsyncResponseTransformer/toBytes)))]
    (.asByteArray ^ResponseBytes obj)))

(def default-max-age
  (dt/duration {:minutes 10}))

(defn- get-object-url
  [{:keys [::presigner ::bucket ::prefix]} {:keys [id]} {:keys [max-age] :or {max-age default-max-age}}]
  (let [gor  (.. (GetObjectRequest/builder)
                 (bucket bucket)
                 (key (dm/str prefix (impl/id->path id)))
                 (build))
        gopr (.. (GetObjectPresignRequest/builder)
                 (signatureDuration ^Duration max-age)
                 (getObjectRequest ^GetObjectRequest gor)
                 (build))
        pgor (.presignGetObject ^S3Presigner presigner ^GetObjectPresignRequest gopr)]
    (u/uri (str (.url ^PresignedGetObjectRequest pgor)))))

(defn- del-object
  [{:keys [::client ::bucket ::prefix]} {:keys [id]}]
  (let [dor (.. (DeleteObjectRequest/builder)
                (bucket bucket)
                (key (dm/str prefix (impl/id->path id)))
                (build))]
    (.get (.deleteObject ^S3AsyncClient client ^DeleteObjectRequest dor))))
