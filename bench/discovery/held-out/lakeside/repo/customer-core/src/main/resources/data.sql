INSERT INTO customers (customer_id, first_name, last_name, birthday, street_address, postal_code, city, email, phone_number)
VALUES ('rgpp0wkpec', 'Max', 'Mustermann', '1990-01-01', 'Oberseestrasse 10', '8640', 'Rapperswil', 'max@example.com', '055 222 4111');
INSERT INTO customers (customer_id, first_name, last_name, birthday, street_address, postal_code, city, email, phone_number)
VALUES ('bunlo9vk5f', 'Ado', 'Kinnett', '1975-06-12', '2 Autumn Leaf Lane', '3002', 'Bern', 'akinnett@example.org', '031 555 0199');
INSERT INTO customers (customer_id, first_name, last_name, birthday, street_address, postal_code, city, email, phone_number)
VALUES ('fn7v3ahpxq', 'Rebecca', 'Rogers', '1983-11-30', '77 Harbour Road', '6003', 'Luzern', 'rrogers@example.net', '041 555 0142');
