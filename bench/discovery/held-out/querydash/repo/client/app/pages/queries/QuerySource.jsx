import React, { useCallback, useEffect, useState } from "react";
import PropTypes from "prop-types";

import QueryService, { executeQuery, pollJob, getQueryResult } from "@/services/query";
import DataSource from "@/services/data-source";

export default function QuerySource({ queryId }) {
  const [query, setQuery] = useState(null);
  const [schema, setSchema] = useState([]);
  const [result, setResult] = useState(null);
  const [error, setError] = useState(null);
  const [isExecuting, setIsExecuting] = useState(false);

  useEffect(() => {
    QueryService.get({ id: queryId }).then(q => {
      setQuery(q);
      DataSource.fetchSchema({ id: q.data_source_id }).then(r => setSchema(r.schema || []));
    });
  }, [queryId]);

  const execute = useCallback(() => {
    setIsExecuting(true);
    setError(null);
    executeQuery(query.data_source_id, query.query)
      .then(response => (response.query_result ? response.query_result.id : pollJob(response.job.id)))
      .then(id => getQueryResult(id))
      .then(r => setResult(r.query_result))
      .catch(e => setError(e.message))
      .finally(() => setIsExecuting(false));
  }, [query]);

  if (!query) return null;

  return (
    <div className="query-page-wrapper">
      <h3>{query.name}</h3>
      <aside className="schema-browser">{schema.map(t => <div key={t.name}>{t.name}</div>)}</aside>
      <textarea value={query.query} onChange={e => setQuery({ ...query, query: e.target.value })} />
      <button type="button" disabled={isExecuting} onClick={execute}>Execute</button>
      <button type="button" onClick={() => QueryService.save(query)}>Save</button>
      {error && <div className="alert alert-danger">{error}</div>}
      {result && <pre>{JSON.stringify(result.data.rows.slice(0, 50), null, 2)}</pre>}
    </div>
  );
}

QuerySource.propTypes = { queryId: PropTypes.number.isRequired };
