import * as React from 'react';
import {useEffect, useState} from 'react';
import {RouteComponentProps} from 'react-router-dom';

import {Workflow, WorkflowsService} from '../../shared/services/workflows-service';

export function WorkflowsList({match}: RouteComponentProps<{namespace?: string}>) {
    const namespace = match.params.namespace || '';
    const [workflows, setWorkflows] = useState<Workflow[]>([]);
    const [error, setError] = useState<Error>();

    useEffect(() => {
        WorkflowsService.list(namespace).then(setWorkflows).catch(setError);
    }, [namespace]);

    if (error) {
        return <div className='error'>{error.message}</div>;
    }
    return (
        <table className='workflows-list'>
            <thead>
                <tr><th>Name</th><th>Namespace</th><th>Phase</th><th>Started</th></tr>
            </thead>
            <tbody>
                {workflows.map(wf => (
                    <tr key={wf.metadata.uid}>
                        <td>{wf.metadata.name}</td>
                        <td>{wf.metadata.namespace}</td>
                        <td>{wf.status?.phase}</td>
                        <td>{wf.status?.startedAt}</td>
                    </tr>
                ))}
            </tbody>
        </table>
    );
}
