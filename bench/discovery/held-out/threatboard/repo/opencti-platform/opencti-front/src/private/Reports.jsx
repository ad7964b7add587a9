import React from 'react';
import { graphql, useLazyLoadQuery } from 'react-relay';

const reportsQuery = graphql`
  query ReportsQuery($first: Int) {
    reports(first: $first) { id name published }
  }
`;

const Reports = () => {
  const data = useLazyLoadQuery(reportsQuery, { first: 25 });
  return (
    <ul>
      {data.reports.map((r) => <li key={r.id}>{r.name}</li>)}
    </ul>
  );
};

export default Reports;
