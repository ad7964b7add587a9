INSERT INTO villain(id, name, otherName, picture, powers, level)
VALUES (nextval('villain_seq'), 'Darth Vader', 'Anakin Skywalker', 'https://raw.githubusercontent.com/legends-arena/images/main/darth-vader.jpg', 'Telekinesis, Lightsaber, Force Choke', 20);
INSERT INTO villain(id, name, otherName, picture, powers, level)
VALUES (nextval('villain_seq'), 'Grim Reaper', '', 'https://raw.githubusercontent.com/legends-arena/images/main/grim-reaper.jpg', 'Immortality, Intangibility, Soul Removal', 18);
