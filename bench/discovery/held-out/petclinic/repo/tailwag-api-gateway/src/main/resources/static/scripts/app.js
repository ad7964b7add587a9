'use strict';

/* Tailwag Clinic front end: every call goes back through the gateway that served this page. */
angular.module('tailwagApp', [])
    .controller('OwnerListController', ['$http', function ($http) {
        var self = this;
        self.owners = [];
        self.selected = null;

        $http.get('api/customer/owners').then(function (resp) {
            self.owners = resp.data;
        });

        self.select = function (ownerId) {
            $http.get('api/gateway/owners/' + ownerId).then(function (resp) {
                self.selected = resp.data;
            });
        };

        self.addVisit = function (ownerId, petId, visit) {
            return $http.post('api/visit/owners/' + ownerId + '/pets/' + petId + '/visits', visit);
        };
    }])
    .controller('VetListController', ['$http', function ($http) {
        var self = this;
        $http.get('api/vet/vets').then(function (resp) {
            self.vetList = resp.data;
        });
    }])
    .controller('ChatController', ['$http', function ($http) {
        var self = this;
        self.messages = [];
        self.send = function () {
            var q = self.query;
            self.messages.push('You: ' + q);
            self.query = '';
            $http.post('api/genai/chatclient', q, {headers: {'Content-Type': 'text/plain'}})
                .then(function (resp) {
                    self.messages.push('Tailwag: ' + resp.data);
                }, function () {
                    self.messages.push('Tailwag: sorry, the assistant is unavailable right now.');
                });
        };
    }]);
