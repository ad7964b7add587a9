import React, { useEffect, useRef, useState } from 'react';
import { searchCustomers, getInteractionLog } from './api';
import { connectChat } from './chat';

export default function App() {
  const [filter, setFilter] = useState('');
  const [customers, setCustomers] = useState([]);
  const [selected, setSelected] = useState(null);
  const [messages, setMessages] = useState([]);
  const [unread, setUnread] = useState({});
  const chat = useRef(null);

  useEffect(() => {
    chat.current = connectChat({
      onMessage: (m) => setMessages((prev) => [...prev, m]),
      onNotification: (n) => setUnread((prev) => ({ ...prev, [n.customerId]: n.count })),
    });
    return () => chat.current.close();
  }, []);

  useEffect(() => {
    const handle = setTimeout(() => searchCustomers(filter).then((r) => setCustomers(r.customers)), 250);
    return () => clearTimeout(handle);
  }, [filter]);

  useEffect(() => {
    if (!selected) return undefined;
    getInteractionLog(selected.customerId)
      .then((log) => setMessages(log.interactions))
      .catch(() => setMessages([]));
    const sub = chat.current.watchCustomer(selected.customerId);
    return () => sub.unsubscribe();
  }, [selected]);

  return (
    <div className="layout">
      <aside>
        <input placeholder="Search customers" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <ul>
          {customers.map((c) => (
            <li key={c.customerId} onClick={() => setSelected(c)}>
              {c.customerProfile.firstname} {c.customerProfile.lastname}
              {unread[c.customerId] ? <span className="badge">{unread[c.customerId]}</span> : null}
            </li>
          ))}
        </ul>
      </aside>
      <main>
        {selected && (
          <ChatPanel
            messages={messages}
            onSend={(text) => chat.current.send(selected.customerId, 'agent', text)}
          />
        )}
      </main>
    </div>
  );
}

function ChatPanel({ messages, onSend }) {
  const [text, setText] = useState('');
  return (
    <section>
      {messages.map((m) => (
        <p key={m.id} className={m.sentByOperator ? 'agent' : 'customer'}>{m.content}</p>
      ))}
      <form onSubmit={(e) => { e.preventDefault(); onSend(text); setText(''); }}>
        <input value={text} onChange={(e) => setText(e.target.value)} />
      </form>
    </section>
  );
}
