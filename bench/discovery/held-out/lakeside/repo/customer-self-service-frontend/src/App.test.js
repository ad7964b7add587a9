import { render, screen } from '@testing-library/react';
import App from './App';

beforeEach(() => {
  // never hit a real backend from unit tests
  global.fetch = jest.fn(() => Promise.resolve({ ok: true, json: () => Promise.resolve([]) }));
});

test('shows the quote form', () => {
  render(<App customerId="rgpp0wkpec" />);
  expect(screen.getByText('Request quote')).toBeInTheDocument();
  expect(global.fetch).toHaveBeenCalledWith(
    expect.stringContaining('/insurance-quote-requests?customerId=rgpp0wkpec'),
    expect.anything(),
  );
});
