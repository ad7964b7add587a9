import { render, screen, waitFor } from '@testing-library/react'
import Ad from '../components/common/Ad/Ad'

beforeEach(() => {
  global.fetch = jest.fn().mockResolvedValue({
    json: () => Promise.resolve([{ id: 1, name: 'Chew toys', url: '/t/toys', path: '1.jpg' }]),
  }) as any
})

test('renders an ad from the ads service', async () => {
  render(<Ad />)
  await waitFor(() => expect(screen.getByAltText('Chew toys')).toBeInTheDocument())
  expect(global.fetch).toHaveBeenCalledWith(expect.stringContaining('/ads'))
})
