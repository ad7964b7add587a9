import React, { useState } from "react";
import { Button, Paper, TextField } from "@material-ui/core";
import DataTable from "react-data-table-component";
import { useFetch } from "../../data/common";

const columns = [
  { name: "Workflow ID", selector: (row) => row, sortable: false },
];

export default function WorkflowSearch() {
  const [query, setQuery] = useState("*");
  const [submitted, setSubmitted] = useState("*");
  const { data, isFetching } = useFetch(
    "workflowSearch",
    `/workflow/search?start=0&size=100&query=${encodeURIComponent(submitted)}`
  );

  return (
    <Paper style={{ padding: 16 }}>
      <TextField
        label="Query"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <Button onClick={() => setSubmitted(query)} disabled={isFetching}>
        Search
      </Button>
      <DataTable columns={columns} data={data || []} progressPending={isFetching} />
    </Paper>
  );
}
