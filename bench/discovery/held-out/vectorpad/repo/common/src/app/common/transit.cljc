;; This Source Code Form is subject to the terms of the Mozilla Public
;; License, v. 2.0. If a copy of the MPL was not distributed with this
;; file, You can obtain one at http://mozilla.org/MPL/2.0/.

(ns app.common.transit
  (:require
   [app.common.uri :as uri]
   [app.common.uuid :as uuid]
   [cognitect.transit :as t]
   #?(:clj [datoteka.fs :as fs])
   #?(:cljs ["luxon" :as lxn]))
  #?(:clj
     (:import
      java.io.ByteArrayInputStream
      java.io.ByteArrayOutputStream
      java.io.File
      java.time.Instant)))

(def write-handlers (atom {}))
(def read-handlers (atom {}))

#?(:clj
   (defn reader
     ([istream] (reader istream nil))
     ([istream {:keys [type] :or {type :json}}]
      (t/reader istream type {:handlers @read-handlers}))))

#?(:clj
   (defn writer
     ([ostream] (writer ostream nil))
     ([ostream {:keys [type] :or {type :json}}]
      (t/writer ostream type {:handlers @write-handlers}))))

#?(:clj
   (defn encode
     ([data] (encode data nil))
     ([data opts]
      (with-open [out (ByteArrayOutputStream.)]
        (t/write (writer out opts) data)
        (.toByteArray out)))))

#?(:clj
   (defn decode
     ([data] (decode data nil))
     ([data opts]
      (with-open [input (ByteArrayInputStream. ^bytes data)]
        (t/read (reader input opts))))))

(defn encode-str
  ([data] (encode-str data nil))
  ([data opts]
   #?(:cljs
      (let [t (:type opts :json)
            w (t/writer t {:handlers @write-handlers})]
        (t/write w data))
      :clj
      (String. ^bytes (encode data opts) "UTF-8"))))

(defn decode-str
  [data]
  #?(:cljs
     (let [r (t/reader :json {:handlers @read-handlers})]
       (t/read r data))
     :clj
     (decode (.getBytes ^String data "UTF-8"))))
