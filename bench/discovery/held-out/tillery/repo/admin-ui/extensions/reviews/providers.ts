import { addNavMenuItem } from '@tillery/admin-ui/core';

export default [
    addNavMenuItem(
        {
            id: 'product-reviews',
            label: 'Product reviews',
            routerLink: ['/extensions/product-reviews'],
            icon: 'star',
            requiresPermission: 'ReadCatalog',
        },
        'catalog',
    ),
];
