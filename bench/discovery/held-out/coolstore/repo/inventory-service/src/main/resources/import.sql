INSERT INTO inventory (itemId, location, quantity, link) VALUES ('329299', 'Portland Harbor', 736, 'http://maps.example.com/portland');
INSERT INTO inventory (itemId, location, quantity, link) VALUES ('329199', 'Seattle Pier', 512, 'http://maps.example.com/seattle');
INSERT INTO inventory (itemId, location, quantity, link) VALUES ('165613', 'Boston Wharf', 256, 'http://maps.example.com/boston');
INSERT INTO inventory (itemId, location, quantity, link) VALUES ('165614', 'Portland Harbor', 54, 'http://maps.example.com/portland');
INSERT INTO inventory (itemId, location, quantity, link) VALUES ('165954', 'San Diego Bay', 87, 'http://maps.example.com/sandiego');
INSERT INTO inventory (itemId, location, quantity, link) VALUES ('444434', 'Seattle Pier', 443, 'http://maps.example.com/seattle');
INSERT INTO inventory (itemId, location, quantity, link) VALUES ('444435', 'Boston Wharf', 600, 'http://maps.example.com/boston');
INSERT INTO inventory (itemId, location, quantity, link) VALUES ('444436', 'San Diego Bay', 230, 'http://maps.example.com/sandiego');
