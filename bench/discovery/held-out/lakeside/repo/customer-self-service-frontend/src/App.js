import React, { useEffect, useState } from 'react';
import { listQuoteRequests, requestQuote, acceptQuote, rejectQuote } from './api';

const PRODUCTS = ['Life Insurance', 'Home Insurance', 'Health Insurance', 'Car Insurance'];

export default function App({ customerId = localStorage.getItem('customerId') }) {
  const [requests, setRequests] = useState([]);
  const [form, setForm] = useState({ insuranceType: PRODUCTS[0], startDate: '', deductible: 300 });

  const reload = () => listQuoteRequests(customerId).then(setRequests);

  useEffect(() => {
    if (!customerId) return undefined;
    reload();
    // answers arrive asynchronously from policy management, so poll while something is pending
    const t = setInterval(reload, 5000);
    return () => clearInterval(t);
  }, [customerId]);

  const submit = async (e) => {
    e.preventDefault();
    await requestQuote({ customerId, ...form, deductible: Number(form.deductible) });
    reload();
  };

  return (
    <main>
      <h1>My insurance quotes</h1>
      <form onSubmit={submit}>
        <select value={form.insuranceType} onChange={(e) => setForm({ ...form, insuranceType: e.target.value })}>
          {PRODUCTS.map((p) => <option key={p}>{p}</option>)}
        </select>
        <input type="date" value={form.startDate} onChange={(e) => setForm({ ...form, startDate: e.target.value })} />
        <input type="number" value={form.deductible} onChange={(e) => setForm({ ...form, deductible: e.target.value })} />
        <button type="submit">Request quote</button>
      </form>
      <table>
        <tbody>
          {requests.map((r) => (
            <tr key={r.id}>
              <td>{r.insuranceType}</td>
              <td>{r.status}</td>
              <td>{r.insurancePremium ?? '–'}</td>
              <td>
                {r.status === 'QUOTE_RECEIVED' && (
                  <>
                    <button onClick={() => acceptQuote(r.id).then(reload)}>Accept</button>
                    <button onClick={() => rejectQuote(r.id).then(reload)}>Reject</button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
