import React, { useEffect, useState } from 'react';
import { createManifest, getManifests } from './api';

const sample = {
  description: 'Reefer load, Rotterdam to Felixstowe',
  weight: 55000,
  containers: [{ customer_id: 'cust001', origin: 'Rotterdam' }],
};

function CreateManifest({ token }) {
  const [manifest, setManifest] = useState(JSON.stringify(sample, null, 2));
  const [manifests, setManifests] = useState([]);
  const [created, setCreated] = useState(false);
  const [err, setErr] = useState(null);

  useEffect(() => {
    getManifests(token)
      .then((res) => setManifests(res.manifests || []))
      .catch((ex) => setErr(ex.message));
  }, [token, created]);

  const submit = async (e) => {
    e.preventDefault();
    try {
      const res = await createManifest(JSON.parse(manifest), token);
      setCreated(res.created);
    } catch (ex) {
      setErr(ex.message);
    }
  };

  return (
    <div className="CreateManifest">
      {err && <p className="error">{err}</p>}
      {created && <p>Manifest booked!</p>}
      <textarea rows={12} cols={60} value={manifest} onChange={(e) => setManifest(e.target.value)} />
      <button onClick={submit}>Book</button>
      <ul>
        {manifests.map((m) => (
          <li key={m.id}>
            {m.description} - vessel {m.vessel_id}
          </li>
        ))}
      </ul>
    </div>
  );
}

export default CreateManifest;
