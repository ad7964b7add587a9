INSERT INTO hero(id, name, otherName, picture, powers, level)
VALUES (nextval('hero_seq'), 'Chewbacca', '', 'https://raw.githubusercontent.com/legends-arena/images/main/chewbacca.jpg', 'Agility, Longevity, Marksmanship, Natural Weapons, Stealth, Super Strength, Weapons Master', 5);
INSERT INTO hero(id, name, otherName, picture, powers, level)
VALUES (nextval('hero_seq'), 'Storm Warden', 'Ororo Munroe', 'https://raw.githubusercontent.com/legends-arena/images/main/storm-warden.jpg', 'Weather Control, Flight, Energy Blasts', 27);
INSERT INTO hero(id, name, otherName, picture, powers, level)
VALUES (nextval('hero_seq'), 'Night Owl', 'Dan Dreiberg', 'https://raw.githubusercontent.com/legends-arena/images/main/night-owl.jpg', 'Gadgets, Martial Arts, Flight', 12);
