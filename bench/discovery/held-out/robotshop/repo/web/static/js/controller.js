// Bolt's Bot Bazaar front end. Every API call is relative to the page origin;
// nginx forwards /api/<service>/ to the right back end.
(function (angular) {
    'use strict';

    var botbazaar = angular.module('botbazaar', ['ngRoute']);

    botbazaar.config(['$routeProvider', '$locationProvider', function ($routeProvider, $locationProvider) {
        $routeProvider.when('/', { templateUrl: 'splash.html', controller: 'shopform' })
            .when('/product/:sku', { templateUrl: 'product.html', controller: 'productform' })
            .when('/login', { templateUrl: 'login.html', controller: 'loginform' })
            .when('/cart', { templateUrl: 'cart.html', controller: 'cartform' })
            .when('/shipping', { templateUrl: 'shipping.html', controller: 'shipform' })
            .when('/payment', { templateUrl: 'payment.html', controller: 'paymentform' });
        $locationProvider.hashPrefix('!');
    }]);

    // shared state across controllers
    botbazaar.factory('currentUser', function () {
        return { uniqueid: '', user: {}, cart: { total: 0, items: [] } };
    });

    botbazaar.controller('shopform', function ($scope, $http, $location, currentUser) {
        $scope.data = { categories: [], searchText: '', user: currentUser.user, cart: currentUser.cart };

        $scope.search = function () {
            if ($scope.data.searchText) {
                $location.url('/search?text=' + encodeURIComponent($scope.data.searchText));
            }
        };

        function loadCategories() {
            $http.get('/api/catalogue/categories').then(function (res) {
                $scope.data.categories = res.data.map(function (c) { return { name: c, products: [] }; });
                $scope.data.categories.forEach(function (cat) {
                    $http.get('/api/catalogue/products/' + cat.name).then(function (r) {
                        cat.products = r.data;
                    });
                });
            });
        }

        function getUniqueid() {
            $http.get('/api/user/uniqueid').then(function (res) {
                currentUser.uniqueid = res.data.uuid;
            });
        }

        if (!currentUser.uniqueid) {
            getUniqueid();
        }
        loadCategories();
    });

    botbazaar.controller('productform', function ($scope, $http, $routeParams, currentUser) {
        $scope.data = { product: {}, rating: { avg_rating: 0, rating_count: 0 }, quantity: 1, message: '' };

        $scope.addToCart = function () {
            var url = '/api/cart/add/' + currentUser.uniqueid + '/' + $scope.data.product.sku + '/' + $scope.data.quantity;
            $http.get(url).then(function (res) {
                angular.copy(res.data, currentUser.cart);
                $scope.data.message = 'Added to cart';
            }, function (res) {
                $scope.data.message = 'ERROR ' + res.data;
            });
        };

        $scope.rateProduct = function (score) {
            $http.put('/api/ratings/api/rate/' + $routeParams.sku + '/' + score).then(loadRating);
        };

        function loadRating() {
            $http.get('/api/ratings/api/fetch/' + $routeParams.sku).then(function (res) {
                $scope.data.rating = res.data;
            });
        }

        $http.get('/api/catalogue/product/' + $routeParams.sku).then(function (res) {
            $scope.data.product = res.data;
        });
        loadRating();
    });

    botbazaar.controller('loginform', function ($scope, $http, currentUser) {
        $scope.data = { name: '', password: '', email: '', message: '', history: [] };

        $scope.login = function () {
            $http.post('/api/user/login', { name: $scope.data.name, password: $scope.data.password }).then(function (res) {
                angular.copy(res.data, currentUser.user);
                // move the anonymous cart over to the logged in user
                $http.get('/api/cart/rename/' + currentUser.uniqueid + '/' + res.data.name).then(function (r) {
                    angular.copy(r.data, currentUser.cart);
                });
                currentUser.uniqueid = res.data.name;
                $http.get('/api/user/history/' + currentUser.uniqueid).then(function (h) {
                    $scope.data.history = h.data.history;
                });
            }, function (res) {
                $scope.data.message = 'ERROR ' + res.data;
            });
        };

        $scope.register = function () {
            $http.post('/api/user/register', {
                name: $scope.data.name, password: $scope.data.password, email: $scope.data.email
            }).then(function () { $scope.login(); }, function (res) {
                $scope.data.message = 'ERROR ' + res.data;
            });
        };
    });

    botbazaar.controller('cartform', function ($scope, $http, currentUser) {
        $scope.data = { cart: currentUser.cart, uniqueid: currentUser.uniqueid };

        $scope.change = function (sku, qty) {
            $http.get('/api/cart/update/' + currentUser.uniqueid + '/' + sku + '/' + qty).then(function (res) {
                angular.copy(res.data, currentUser.cart);
            });
        };

        $http.get('/api/cart/cart/' + currentUser.uniqueid).then(function (res) {
            angular.copy(res.data, currentUser.cart);
        });
    });

    botbazaar.controller('shipform', function ($scope, $http, $location, currentUser) {
        $scope.data = { countries: [], selectedCountry: '', cities: [], selectedLocation: '', shipping: null };

        $http.get('/api/shipping/codes').then(function (res) { $scope.data.countries = res.data; });

        $scope.countryChanged = function () {
            $http.get('/api/shipping/cities/' + $scope.data.selectedCountry).then(function (res) {
                $scope.data.cities = res.data;
            });
        };

        $scope.calcShipping = function () {
            $http.get('/api/shipping/calc/' + $scope.data.selectedLocation).then(function (res) {
                $scope.data.shipping = res.data;
            });
        };

        $scope.confirmShipping = function () {
            $http.post('/api/shipping/confirm/' + currentUser.uniqueid, $scope.data.shipping).then(function (res) {
                angular.copy(res.data, currentUser.cart);
                $location.url('/payment');
            });
        };
    });

    botbazaar.controller('paymentform', function ($scope, $http, currentUser) {
        $scope.data = { message: '', orderid: '' };

        $scope.pay = function () {
            $http.post('/api/payment/pay/' + currentUser.uniqueid, currentUser.cart).then(function (res) {
                $scope.data.orderid = res.data.orderid;
                $scope.data.message = 'Order placed, thank you';
                angular.copy({ total: 0, items: [] }, currentUser.cart);
            }, function (res) {
                $scope.data.message = 'ERROR ' + res.data;
            });
        };
    });
}(window.angular));
