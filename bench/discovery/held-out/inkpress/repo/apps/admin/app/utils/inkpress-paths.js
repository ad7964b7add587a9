let makeRoute = function (root, args) {
    let slashAtStart = /^\//;
    let slashAtEnd = /\/$/;
    let parts = Array.prototype.slice.call(args, 0);
    let route = root.replace(slashAtEnd, '');

    parts.forEach((part) => {
        if (part) {
            route = [route, part.replace(slashAtStart, '').replace(slashAtEnd, '')].join('/');
        }
    });
    return route += '/';
};

export default function () {
    let path = window.location.pathname;
    let subdir = path.substr(0, path.search('/inkpress/'));
    let adminRoot = `${subdir}/inkpress/`;
    let assetRoot = `${subdir}/inkpress/assets/`;
    let apiRoot = `${subdir}/inkpress/api/admin`;

    return {
        adminRoot,
        assetRoot,
        apiRoot,
        subdir,
        blogRoot: `${subdir}/`,
        activityPubRoot: `${subdir}/.inkpress/activitypub`,
        url: {
            admin() {
                return makeRoute(adminRoot, arguments);
            },
            api() {
                return makeRoute(apiRoot, arguments);
            }
        }
    };
}
