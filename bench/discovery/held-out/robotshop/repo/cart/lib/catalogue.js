// Thin wrapper around the catalogue service HTTP API.
const request = require('request');

const catalogueHost = process.env.CATALOGUE_HOST || 'catalogue';
const cataloguePort = process.env.CATALOGUE_PORT || '8080';

function baseUrl() {
    return 'http://' + catalogueHost + ':' + cataloguePort;
}

// resolves with the product document, or null when the SKU is unknown
function getProduct(sku) {
    return new Promise((resolve, reject) => {
        request(baseUrl() + '/product/' + encodeURIComponent(sku), (err, res, body) => {
            if(err) {
                reject(err);
            } else if(res.statusCode == 404) {
                resolve(null);
            } else if(res.statusCode != 200) {
                reject(new Error('catalogue returned ' + res.statusCode));
            } else {
                // return object - body is a string
                // NOTE - a null body will get turned into {}
                resolve(JSON.parse(body));
            }
        });
    });
}

module.exports = {
    baseUrl: baseUrl,
    getProduct: getProduct
};
