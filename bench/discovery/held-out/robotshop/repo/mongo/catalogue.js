//
// Products
//
db = db.getSiblingDB('catalogue');
db.products.insertMany([
    {sku: 'Watson', name: 'Watson', description: 'Probably the smartest AI on the planet', price: 2001, instock: 2, categories: ['Artificial Intelligence']},
    {sku: 'Ewooid', name: 'Ewooid', description: 'Fully sentient assistant', price: 200, instock: 0, categories: ['Artificial Intelligence']},
    {sku: 'HPTD', name: 'High-Powered Travel Droid', description: 'Traveling to the far reaches of the Galaxy? You need this for protection.', price: 1200, instock: 12, categories: ['Robot']},
    {sku: 'UHJ', name: 'Ultimate Harvesting Juggernaut', description: 'Massive robot that can harvest a field in minutes', price: 5000, instock: 10, categories: ['Robot']},
    {sku: 'EPE', name: 'Extreme Probe Emulator', description: 'Sometimes you just need to probe things', price: 953, instock: 1, categories: ['Robot']},
    {sku: 'EMM', name: 'Exceptional Medical Machine', description: 'Fixes you right up', price: 1024, instock: 1, categories: ['Robot']},
    {sku: 'SHCE', name: 'Strategic Human Control Emulator', description: 'Pretends to be a manager', price: 100, instock: 5, categories: ['Robot']},
    {sku: 'RED', name: 'Responsive Enforcer Droid', description: 'Keeps the peace', price: 700, instock: 0, categories: ['Robot']},
    {sku: 'RMC', name: 'Robotic Mining Cyborg', description: 'Digs holes', price: 42, instock: 48, categories: ['Robot']},
    {sku: 'STAN-1', name: 'Bolt', description: 'The shop mascot, not for sale, well maybe', price: 67, instock: 1000, categories: ['Robot', 'Artificial Intelligence']}
]);

// full text index for searching
db.products.createIndex({
    name: "text",
    description: "text"
});

// unique index for product sku
db.products.createIndex(
    { sku: 1 },
    { unique: true }
);
