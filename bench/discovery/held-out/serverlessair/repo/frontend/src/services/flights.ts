import { generateClient } from 'aws-amplify/api';

const client = generateClient();

const SEARCH_FLIGHTS = /* GraphQL */ `
  query SearchFlights($departureCode: String!, $arrivalCode: String!, $departureDate: AWSDate!) {
    searchFlights(departureCode: $departureCode, arrivalCode: $arrivalCode, departureDate: $departureDate) {
      id
      flightNumber
      departureDate
      ticketPrice
      ticketCurrency
      seatCapacity
    }
  }
`;

const PROCESS_BOOKING = /* GraphQL */ `
  mutation ProcessBooking($input: ProcessBookingInput!) {
    processBooking(input: $input) { id status }
  }
`;

const MY_BOOKINGS = /* GraphQL */ `
  query MyBookings($nextToken: String) {
    getBookingsByCustomer(limit: 20, nextToken: $nextToken) {
      items { id status bookingReference outboundFlightId createdAt }
      nextToken
    }
  }
`;

export const searchFlights = async (departureCode: string, arrivalCode: string, departureDate: string) => {
  const res: any = await client.graphql({ query: SEARCH_FLIGHTS, variables: { departureCode, arrivalCode, departureDate } });
  return res.data.searchFlights;
};

export const bookFlight = async (outboundFlightId: string, paymentToken: string, amount: number) => {
  const res: any = await client.graphql({ query: PROCESS_BOOKING, variables: { input: { outboundFlightId, paymentToken, amount } } });
  return res.data.processBooking;
};

export const myBookings = async (nextToken?: string) => {
  const res: any = await client.graphql({ query: MY_BOOKINGS, variables: { nextToken } });
  return res.data.getBookingsByCustomer;
};
