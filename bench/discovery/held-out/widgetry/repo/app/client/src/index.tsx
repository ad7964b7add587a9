import React from "react";
import ReactDOM from "react-dom";
import { BrowserRouter } from "react-router-dom";
import { initAnalytics } from "utils/AnalyticsUtil";
import UserApi from "api/UserApi";

initAnalytics();

function App() {
  const [user, setUser] = React.useState<string | null>(null);
  React.useEffect(() => {
    UserApi.getCurrentUser()
      .then((res) => setUser(res.data.email))
      .catch(() => setUser(null));
  }, []);
  return <div className="widgetry-app">{user ? `Signed in as ${user}` : "Loading…"}</div>;
}

ReactDOM.render(
  <BrowserRouter>
    <App />
  </BrowserRouter>,
  document.getElementById("root"),
);
