const jwt = require('jsonwebtoken');
const geoip2Reader = require('@maxmind/geoip2-node').Reader;

const extractPeerId = (peerId) => {
    let splited = peerId.split("-");
    if (splited.length !== 2) {
        return {};
    }
    return {projectKey: splited[0], sessionId: splited[1]};
};

const verifyJWT = (token) => {
    try {
        jwt.verify(token, process.env.ASSIST_JWT_SECRET);
        return true;
    } catch (err) {
        return false;
    }
};

const sortPaginate = (list, pagination) => {
    const limit = pagination.limit || 10;
    const page = pagination.page || 1;
    list.sort((a, b) => (b.timestamp || 0) - (a.timestamp || 0));
    return {total: list.length, sessions: list.slice((page - 1) * limit, page * limit)};
};

let reader = null;
if (process.env.MAXMINDDB_FILE) {
    geoip2Reader.open(process.env.MAXMINDDB_FILE, {})
        .then(r => reader = r)
        .catch(e => console.error("Error while loading geoip DB:", e.message));
} else {
    console.warn("MAXMINDDB_FILE not set, country lookup disabled");
}

const lookupCountry = (ip) => {
    if (!reader || !ip) return "UN";
    try {
        return reader.country(ip.split(",")[0].trim()).country.isoCode;
    } catch (e) {
        return "UN";
    }
};

module.exports = {extractPeerId, verifyJWT, sortPaginate, lookupCountry};
