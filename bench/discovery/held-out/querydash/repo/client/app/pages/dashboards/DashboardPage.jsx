import React, { useEffect, useState } from "react";
import PropTypes from "prop-types";

import { axios } from "@/services/axios";

const Dashboard = { get: ({ id }) => axios.get(`api/dashboards/${id}`) };

export default function DashboardPage({ dashboardId }) {
  const [dashboard, setDashboard] = useState(null);

  useEffect(() => {
    Dashboard.get({ id: dashboardId }).then(setDashboard);
  }, [dashboardId]);

  if (!dashboard) return <div className="loading">Loading...</div>;

  return (
    <div className="dashboard-page">
      <h2>{dashboard.name}</h2>
      {dashboard.is_draft && <span className="label label-default">Unpublished</span>}
    </div>
  );
}

DashboardPage.propTypes = { dashboardId: PropTypes.number.isRequired };
