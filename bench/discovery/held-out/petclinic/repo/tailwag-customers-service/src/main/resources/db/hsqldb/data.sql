INSERT INTO types VALUES (1, 'cat');
INSERT INTO types VALUES (2, 'dog');
INSERT INTO types VALUES (3, 'lizard');
INSERT INTO types VALUES (4, 'snake');
INSERT INTO types VALUES (5, 'bird');
INSERT INTO types VALUES (6, 'hamster');

INSERT INTO owners VALUES (1, 'Mara', 'Lindqvist', '14 Harbour Rd.', 'Port Elm', '6085551023');
INSERT INTO owners VALUES (2, 'Tobias', 'Okafor', '3 Willow Lane', 'Port Elm', '6085551749');
INSERT INTO owners VALUES (3, 'Ines', 'Carvalho', '221 Mill St.', 'Brookfield', '6085553198');
INSERT INTO owners VALUES (4, 'Pavel', 'Horak', '8 Orchard Way', 'Brookfield', '6085552765');

INSERT INTO pets VALUES (1, 'Biscuit', '2019-09-07', 2, 1);
INSERT INTO pets VALUES (2, 'Pickle', '2021-08-06', 1, 2);
INSERT INTO pets VALUES (3, 'Noodle', '2018-04-17', 4, 3);
INSERT INTO pets VALUES (4, 'Juniper', '2020-03-09', 5, 4);
