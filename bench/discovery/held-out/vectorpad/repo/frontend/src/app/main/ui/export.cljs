;; This Source Code Form is subject to the terms of the Mozilla Public
;; License, v. 2.0. If a copy of the MPL was not distributed with this
;; file, You can obtain one at http://mozilla.org/MPL/2.0/.

(ns app.main.ui.export
  "Assets exportation common components."
  (:require-macros [app.main.style :as stl])
  (:require
   [app.main.data.exports :as de]
   [app.main.data.modal :as modal]
   [app.main.store :as st]
   [app.main.ui.icons :as i]
   [app.util.i18n :refer [tr]]
   [rumext.v2 :as mf]))

(mf/defc export-multiple-dialog
  [{:keys [exports title cmd no-selection]}]
  (let [lstate          (mf/deref refs/export)
        in-progress?    (:in-progress lstate)
        enabled-exports (mf/use-state exports)
        on-export
        (mf/use-fn
         (mf/deps @enabled-exports cmd)
         (fn []
           (st/emit! (modal/hide)
                     (de/request-multiple-export
                      {:exports @enabled-exports
                       :cmd cmd}))))]
    [:div {:class (stl/css :modal-overlay)}
     [:div {:class (stl/css :modal-container)}
      [:div {:class (stl/css :modal-header)}
       [:h2 {:class (stl/css :modal-title)} title]
       [:button {:class (stl/css :modal-close-btn)
                 :on-click modal/hide!} i/close]]
      [:div {:class (stl/css :modal-footer)}
       [:input {:class (stl/css :accept-btn)
                :type "button"
                :value (if in-progress?
                         (tr "workspace.options.exporting-object")
                         (tr "labels.export"))
                :on-click on-export
                :disabled (or in-progress? (empty? @enabled-exports))}]]]]))
