/*
 *  Copyright 2022 Collate / Metaharbor Authors.
 *  Licensed under the Apache License, Version 2.0
 */
import { Card, Table as AntTable, Typography } from 'antd';
import React, { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { getTableDetailsByFQN, Table } from '../../rest/tableAPI';

const TableDetailsPage = () => {
  const { fqn } = useParams<{ fqn: string }>();
  const [table, setTable] = useState<Table>();
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    getTableDetailsByFQN(fqn, 'columns,owner,tags')
      .then(setTable)
      .finally(() => setLoading(false));
  }, [fqn]);

  return (
    <Card loading={loading} title={table?.name}>
      <Typography.Paragraph>{table?.description}</Typography.Paragraph>
      <AntTable
        columns={[
          { title: 'Name', dataIndex: 'name' },
          { title: 'Type', dataIndex: 'dataType' },
          { title: 'Description', dataIndex: 'description' },
        ]}
        dataSource={table?.columns ?? []}
        rowKey="name"
      />
    </Card>
  );
};

export default TableDetailsPage;
