(ns frontend-tests.repo-test
  (:require
   [app.main.repo :as rp]
   [cljs.test :as t :include-macros true]))

(t/deftest export-commands-use-export-base-uri
  (t/is (= "/api/export" (get-in rp/default-options [:export-shapes :base-uri])))
  (t/is (= "/api/export" (get-in rp/default-options [:export-frames :base-uri]))))

(t/deftest handle-response-ok
  (t/async done
    (.subscribe (rp/handle-response {:status 200 :body {:a 1}})
                (fn [v]
                  (t/is (= {:a 1} v))
                  (done)))))
