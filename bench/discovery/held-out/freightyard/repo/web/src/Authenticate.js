import React, { useState } from 'react';
import { auth, signup } from './api';

function Authenticate({ onAuth }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [name, setName] = useState('');
  const [company, setCompany] = useState('');
  const [err, setErr] = useState(null);

  const login = async (e) => {
    e.preventDefault();
    try {
      const res = await auth(email, password);
      localStorage.setItem('token', res.token);
      onAuth(res.token);
    } catch (ex) {
      setErr(ex.message);
    }
  };

  const register = async (e) => {
    e.preventDefault();
    try {
      const res = await signup({ email, password, name, company });
      localStorage.setItem('token', res.token.token);
      onAuth(res.token.token);
    } catch (ex) {
      setErr(ex.message);
    }
  };

  return (
    <div className="Authenticate">
      {err && <p className="error">{err}</p>}
      <form>
        <input type="email" placeholder="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        <input type="password" placeholder="password" value={password} onChange={(e) => setPassword(e.target.value)} />
        <input type="text" placeholder="name (sign-up)" value={name} onChange={(e) => setName(e.target.value)} />
        <input type="text" placeholder="company (sign-up)" value={company} onChange={(e) => setCompany(e.target.value)} />
        <button onClick={login}>Log in</button>
        <button onClick={register}>Sign up</button>
      </form>
    </div>
  );
}

export default Authenticate;
