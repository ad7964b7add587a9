insert into products(code, name, description, image_url, price) values
('P100','The Hunger Games','Winning will make you famous. Losing means certain death...','https://images.example.org/books/1.jpg', 34.0),
('P101','To Kill a Mockingbird','The unforgettable novel of a childhood in a sleepy Southern town...','https://images.example.org/books/2.jpg', 45.40),
('P102','The Chronicles of Narnia','Journeys to the end of the world, fantastic creatures, and epic battles...','https://images.example.org/books/3.jpg', 44.50);
