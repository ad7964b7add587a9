import http from 'k6/http';
import { check, sleep } from 'k6';

// Load test for the Bestiary server. Not part of the runtime system.
const BASE = __ENV.BESTIARY_URL || 'http://bestiary-server:4000';
const beasts = ['unicorn', 'manticore', 'illithid', 'owlbear', 'beholder'];

export const options = {
    vus: parseInt(__ENV.K6_VUS || '4'),
    duration: __ENV.K6_DURATION || '60s',
    thresholds: {
        http_req_duration: ['p(95)<1000'],
    },
};

export default function () {
    const beast = beasts[Math.floor(Math.random() * beasts.length)];
    const post = http.post(`${BASE}/${beast}`, JSON.stringify({ name: `k6-${__VU}-${__ITER}` }), {
        headers: { 'Content-Type': 'application/json' },
    });
    check(post, { 'created': (r) => r.status === 201 || r.status === 500 });

    const get = http.get(`${BASE}/${beast}`);
    check(get, { 'listed': (r) => r.status === 200 });
    sleep(1);
}
