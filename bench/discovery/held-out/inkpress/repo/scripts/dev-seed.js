#!/usr/bin/env node
// Seeds a local dev instance with fixture posts through the Admin API.
// Usage: INKPRESS_ADMIN_KEY=id:secret node scripts/dev-seed.js
const AdminAPI = require('@inkpress/admin-api');

const api = new AdminAPI({
    url: process.env.INKPRESS_URL || 'http://localhost:2368',
    key: process.env.INKPRESS_ADMIN_KEY,
    version: 'v6.0'
});

(async () => {
    for (let i = 1; i <= 20; i++) {
        await api.posts.add({title: `Fixture post ${i}`, status: 'published'});
    }
    console.log('seeded 20 posts');
})();
