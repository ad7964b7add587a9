import { useState } from 'react';
import { SSE } from 'sse.js';
import { apiEndpoints, request } from 'parlance-data-provider';

export default function useSSE() {
  const [streaming, setStreaming] = useState('');

  const send = (endpoint: string, payload: Record<string, unknown>) => {
    const events = new SSE(apiEndpoints.ask(endpoint), {
      payload: JSON.stringify(payload),
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${request.getToken()}` },
    });
    events.onmessage = (e: MessageEvent) => {
      const data = JSON.parse(e.data);
      if (data.final) {
        events.close();
        return;
      }
      setStreaming(data.text);
    };
    events.stream();
  };

  return { send, streaming };
}
