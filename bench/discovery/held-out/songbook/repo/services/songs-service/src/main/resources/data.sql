INSERT INTO song (id, name, artist, genre, liked) VALUES (1, 'Hey Jude', 'The Beatles', 'rock', 9821);
INSERT INTO song (id, name, artist, genre, liked) VALUES (2, 'Bohemian Rhapsody', 'Queen', 'rock', 9102);
INSERT INTO song (id, name, artist, genre, liked) VALUES (3, 'So What', 'Miles Davis', 'jazz', 5311);
INSERT INTO song (id, name, artist, genre, liked) VALUES (4, 'Clair de Lune', 'Claude Debussy', 'classical', 4821);
INSERT INTO song (id, name, artist, genre, liked) VALUES (5, 'Smells Like Teen Spirit', 'Nirvana', 'grunge', 8127);
