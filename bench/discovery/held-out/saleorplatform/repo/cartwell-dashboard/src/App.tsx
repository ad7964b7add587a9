import { gql, useQuery } from "@apollo/client";
import React from "react";
import { Route, Switch } from "react-router-dom";

const ShopInfoQuery = gql`
  query ShopInfo {
    shopName
  }
`;

export const App: React.FC = () => {
  const { data, loading } = useQuery(ShopInfoQuery);
  if (loading) return <p>Loading…</p>;
  return (
    <Switch>
      <Route exact path="/">
        <h1>{data?.shopName} Dashboard</h1>
      </Route>
    </Switch>
  );
};
