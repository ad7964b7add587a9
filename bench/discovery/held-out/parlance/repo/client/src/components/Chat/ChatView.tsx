import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { dataService } from 'parlance-data-provider';
import useSSE from '~/hooks/useSSE';

export default function ChatView({ conversationId = 'new' }: { conversationId?: string }) {
  const [text, setText] = useState('');
  const { data: messages = [] } = useQuery(['messages', conversationId], () =>
    dataService.getMessagesByConvoId(conversationId),
  );
  const { send, streaming } = useSSE();

  return (
    <div className="flex h-full flex-col">
      {messages.map((m: { messageId: string; text: string }) => (
        <div key={m.messageId}>{m.text}</div>
      ))}
      <div>{streaming}</div>
      <textarea value={text} onChange={(e) => setText(e.target.value)} />
      <button onClick={() => send('openAI', { text, conversationId })}>Send</button>
    </div>
  );
}
