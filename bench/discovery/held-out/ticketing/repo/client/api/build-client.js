import axios from 'axios';

// When rendering on the server we are inside the cluster, so requests have to
// go back out through the ingress controller (which routes /api/* to the right
// service). In the browser a relative URL is enough.
const INGRESS_BASE_URL =
  'http://ingress-nginx-controller.ingress-nginx.svc.cluster.local';

const buildClient = ({ req }) => {
  if (typeof window === 'undefined') {
    // We are on the server; forward the Host header and cookie
    return axios.create({
      baseURL: INGRESS_BASE_URL,
      headers: req.headers,
    });
  } else {
    // We must be on the browser
    return axios.create({
      baseURL: '/',
    });
  }
};

export default buildClient;
