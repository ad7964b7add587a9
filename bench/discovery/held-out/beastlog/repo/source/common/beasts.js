// The catalogue of beasts. Each beast is a table on the server and a queue on the broker.
const beasts = [
    'unicorn',
    'manticore',
    'illithid',
    'owlbear',
    'beholder',
];

const names = [
    'Aurelia', 'Bramble', 'Cinder', 'Dusk', 'Ember', 'Fennick', 'Gloam', 'Hollow',
    'Ivory', 'Juniper', 'Kestrel', 'Lumen', 'Mire', 'Nettle', 'Onyx', 'Pyre',
];

const randomBeast = () => beasts[Math.floor(Math.random() * beasts.length)];
const randomName = () => names[Math.floor(Math.random() * names.length)];

module.exports = { beasts, names, randomBeast, randomName };
