import React, { useEffect, useState } from "react";

import QuerySource from "@/pages/queries/QuerySource";
import DashboardPage from "@/pages/dashboards/DashboardPage";

function resolveRoute(pathname) {
  const queryMatch = pathname.match(/\/queries\/(\d+)/);
  if (queryMatch) return { page: "query", id: Number(queryMatch[1]) };
  const dashMatch = pathname.match(/\/dashboards\/(\d+)/);
  if (dashMatch) return { page: "dashboard", id: Number(dashMatch[1]) };
  return { page: "home" };
}

export default function ApplicationArea() {
  const [route, setRoute] = useState(resolveRoute(window.location.pathname));

  useEffect(() => {
    const handler = () => setRoute(resolveRoute(window.location.pathname));
    window.addEventListener("popstate", handler);
    return () => window.removeEventListener("popstate", handler);
  }, []);

  if (route.page === "query") return <QuerySource queryId={route.id} />;
  if (route.page === "dashboard") return <DashboardPage dashboardId={route.id} />;
  return <div className="home-page">Welcome to Redash</div>;
}
