/**
 * What to build first: the value/complexity matrix (points you can select), the selected
 * integration's ratings and pattern advice, the recommended sequence and the landscape advice.
 * The selection lives in the URL (?integration=id), so a link shows the same view.
 */
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { request } from '../../api/client';
import { useApi } from '../../api/hooks';
import { Loading, Page } from '../../components/Page';
import { ProblemAlert } from '../../components/ProblemAlert';
import { IntegrationDetails } from './IntegrationDetails';
import { LandscapeAdvicePanel } from './LandscapeAdvicePanel';
import { MatrixChart } from './MatrixChart';
import { SequencePanel, TopThree } from './SequencePanel';
import type { Prioritisation } from './types';
import { formatWhatIf, parseWhatIf, type WhatIf } from './what-if';
import { WhatIfPanel } from './WhatIfPanel';
import './prioritisation.css';

/** The API's standalone chart, fetched with the token (a plain link would not carry it when auth is on). */
function DownloadSvg() {
  const download = useMutation({
    mutationFn: async () => {
      const svg = (await request<string>('/api/v1/prioritisation/matrix.svg')).data;
      const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = 'prioritisation-matrix.svg';
      link.click();
      URL.revokeObjectURL(url);
    },
  });
  return (
    <>
      <button type="button" onClick={() => download.mutate()} disabled={download.isPending}>
        Download the matrix (SVG)
      </button>
      <ProblemAlert error={download.error} title="The chart could not be downloaded" />
    </>
  );
}

export function PrioritisationPage() {
  const [params, setParams] = useSearchParams();
  const configured = useApi<Prioritisation>('/api/v1/prioritisation');
  const whatIf = parseWhatIf(params);
  const preview = useQuery({
    queryKey: ['/api/v1/prioritisation', 'what-if', whatIf],
    queryFn: async ({ signal }) => (await request<Prioritisation>('/api/v1/prioritisation', { method: 'POST', body: whatIf, signal })).data,
    enabled: whatIf !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
  // A what-if the API refuses shows its problem beside the form, over the configured matrix.
  const result = whatIf !== null && preview.data && !preview.error ? preview : configured;
  const selected = params.get('integration');
  const applyWhatIf = (next: WhatIf | null) => {
    setParams((current) => {
      const copy = new URLSearchParams(current);
      const text = next && configured.data ? formatWhatIf(next, configured.data) : { weights: null, thresholds: null };
      for (const key of ['weights', 'thresholds'] as const) {
        const value = text[key];
        if (value) copy.set(key, value);
        else copy.delete(key);
      }
      return copy;
    });
  };
  const select = (id: string | null) => {
    setParams((current) => {
      const copy = new URLSearchParams(current);
      if (id) copy.set('integration', id);
      else copy.delete('integration');
      return copy;
    });
  };
  // Choosing from the lists below the chart brings the details into view and moves focus there,
  // so keyboard and screen-reader users land on what they chose; the chart sits beside them already.
  const reveal = useRef(false);
  const selectAndShow = (id: string) => {
    reveal.current = true;
    select(id);
  };
  useEffect(() => {
    if (!reveal.current || !selected) return;
    const heading = document.getElementById('prio-details-heading');
    if (!heading) return;
    reveal.current = false;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  });
  const item = selected ? result.data?.integrations.find((integration) => integration.id === selected) : undefined;
  const summary = result.data?.summary;

  return (
    <Page title="Prioritisation" actions={<DownloadSvg />}>
      {configured.isPending ? <Loading what="the prioritisation" /> : null}
      <ProblemAlert error={configured.error} title="The prioritisation could not be worked out" />
      {result === preview ? (
        <p className="notice prio-whatif-notice" role="status">
          What-if: the matrix and sequence below use other weights or thresholds. Nothing is saved.{' '}
          <button type="button" className="link-button" onClick={() => applyWhatIf(null)}>
            Back to the configured weights
          </button>
        </p>
      ) : null}
      {result.data && summary ? (
        <>
          <p className="muted">
            {summary.considered} integrations considered ({summary.retired} retired left out); {summary.considered - summary.unrated} rated on the matrix
            {summary.unrated > 0 ? `, ${summary.unrated} without value ratings listed apart` : ''}
            {summary.needingRatings > summary.unrated ? `; ${summary.needingRatings - summary.unrated} partly rated` : ''}.
          </p>
          <div className="prio-layout">
            <MatrixChart result={result.data} selected={selected} onSelect={select} />
            <aside className="prio-side" aria-label="Selected integration">
              {item ? (
                <IntegrationDetails key={item.id} item={item} onClose={() => select(null)} />
              ) : selected ? (
                <p className="problem" role="alert">
                  No integration <code>{selected}</code> is being prioritised (it may be retired or removed).
                </p>
              ) : (
                <>
                  <TopThree result={result.data} onSelect={select} />
                  <p className="muted">Select a point on the matrix or a step of the sequence to see its ratings and pattern advice, and to rate it.</p>
                </>
              )}
            </aside>
          </div>
          {configured.data ? (
            <WhatIfPanel settings={result.data} configured={configured.data} active={whatIf !== null} error={preview.error} onApply={applyWhatIf} onReset={() => applyWhatIf(null)} />
          ) : null}
          {item ? <TopThree result={result.data} onSelect={selectAndShow} /> : null}
          <SequencePanel result={result.data} selected={selected} onSelect={selectAndShow} />
          <LandscapeAdvicePanel onSelect={selectAndShow} />
        </>
      ) : null}
    </Page>
  );
}
