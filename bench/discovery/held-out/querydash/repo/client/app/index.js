import React from "react";
import ReactDOM from "react-dom";

import ApplicationArea from "@/components/ApplicationArea";
import { Auth } from "@/services/auth";

Auth.loadSession()
  .then(() => {
    ReactDOM.render(<ApplicationArea />, document.getElementById("application-root"));
  })
  .catch(() => Auth.login());
