/** Shows an API problem in full: its title, detail and every field error, where a user can act on it. */
import { ApiProblem } from '../api/problem';

export function ProblemAlert({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  const problem = error instanceof ApiProblem ? error.problem : { title: 'Something went wrong', detail: String((error as Error)?.message ?? error) };
  return (
    <div role="alert" className="problem" data-problem-code={error instanceof ApiProblem ? error.code : 'client'}>
      <strong>{title ?? problem.title}</strong>
      {problem.detail ? <p>{problem.detail}</p> : null}
      {problem.errors && problem.errors.length > 0 ? (
        <ul>
          {problem.errors.map((item, index) => (
            <li key={index}>
              {item.pointer ? <code>{item.pointer}</code> : null}
              {item.file ? <code>{`${item.file}${item.line ? `:${item.line}` : ''}`}</code> : null} {item.detail}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
