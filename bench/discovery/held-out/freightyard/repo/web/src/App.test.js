import React from 'react';
import { render, screen } from '@testing-library/react';
import App from './App';
import { auth } from './api';

beforeEach(() => {
  global.fetch = jest.fn(() =>
    Promise.resolve({ ok: true, json: () => Promise.resolve({ token: 'test-token' }) })
  );
  localStorage.clear();
});

it('renders the login form when no token is stored', () => {
  render(<App />);
  expect(screen.getByText('Log in')).toBeInTheDocument();
});

it('posts auth calls to the gateway rpc endpoint', async () => {
  await auth('a@b.test', 'pw');
  expect(global.fetch).toHaveBeenCalledWith(
    expect.stringContaining('/rpc'),
    expect.objectContaining({ method: 'POST' })
  );
});
