import { useMutation, useQuery } from "@tanstack/react-query";
import React from "react";

import { listConnections, syncConnection } from "../core/api/apiClient";

export const ConnectionsPage: React.FC<{ workspaceId: string }> = ({ workspaceId }) => {
  const { data, isLoading } = useQuery({
    queryKey: ["connections", workspaceId],
    queryFn: () => listConnections(workspaceId),
  });
  const sync = useMutation({ mutationFn: syncConnection });

  if (isLoading) return <div>Loading…</div>;
  return (
    <table>
      <tbody>
        {data?.connections.map((c) => (
          <tr key={c.connectionId}>
            <td>{c.name}</td>
            <td>{c.status}</td>
            <td>
              <button onClick={() => sync.mutate(c.connectionId)}>Sync now</button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
