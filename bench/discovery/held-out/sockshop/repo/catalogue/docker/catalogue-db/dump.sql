CREATE USER IF NOT EXISTS 'catalogue_user' IDENTIFIED BY 'default_password';
GRANT ALL ON socksdb.* TO 'catalogue_user';

CREATE TABLE IF NOT EXISTS sock (
  sock_id varchar(40) NOT NULL,
  name varchar(20),
  description varchar(200),
  price float,
  count int,
  image_url_1 varchar(40),
  image_url_2 varchar(40),
  PRIMARY KEY(sock_id)
);

CREATE TABLE IF NOT EXISTS tag (
  tag_id MEDIUMINT NOT NULL AUTO_INCREMENT,
  name varchar(20),
  PRIMARY KEY(tag_id)
);

CREATE TABLE IF NOT EXISTS sock_tag (
  sock_id varchar(40),
  tag_id MEDIUMINT NOT NULL,
  FOREIGN KEY (sock_id) REFERENCES sock(sock_id),
  FOREIGN KEY(tag_id) REFERENCES tag(tag_id)
);

INSERT INTO sock VALUES ("a0a4f044-b040-410d-8ead-4de0446aec7e", "Nerd leg", "For all those leg lovers out there.", 7.99, 115, "/catalogue/images/bit_of_leg_1.jpeg", "/catalogue/images/bit_of_leg_2.jpeg");
INSERT INTO sock VALUES ("808a2de1-1aaa-4c25-a9b9-6612e8f29a38", "Crossed", "A mature sock, crossed, with an air of nonchalance.", 17.32, 738, "/catalogue/images/cross_1.jpeg", "/catalogue/images/cross_2.jpeg");

INSERT INTO tag (name) VALUES ("brown"), ("geek"), ("formal"), ("blue"), ("skin"), ("red");

INSERT INTO sock_tag VALUES ("a0a4f044-b040-410d-8ead-4de0446aec7e", "4"), ("a0a4f044-b040-410d-8ead-4de0446aec7e", "5");
INSERT INTO sock_tag VALUES ("808a2de1-1aaa-4c25-a9b9-6612e8f29a38", "3"), ("808a2de1-1aaa-4c25-a9b9-6612e8f29a38", "6");
